package main

import (
	"errors"
	"fmt"
	"runtime"
)

func check(name string, f func()) {
	defer func() {
		r := recover()
		re, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: runtime.Error=%v error=%v\n", name, isRT, isErr)
		if isRT {
			fmt.Println("  Error():", re.Error())
		}
		if isErr {
			var target runtime.Error
			fmt.Println("  errors.As:", errors.As(fmt.Errorf("wrap: %w", err), &target))
		}
		fmt.Printf("  %%v: %v\n", r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	check("index", func() { _ = s[zero] })
	check("nil map", func() { m["a"] = 1 })
	check("nil deref", func() { _ = p.x })
	check("divide", func() { _ = 10 / zero })
	check("assert", func() { _ = i.(int) })
	check("plain panic", func() { panic("not a runtime error") })
	check("error panic", func() { panic(errors.New("plain error")) })
}
