package main

import "fmt"

type Guard struct {
	name string
	got  interface{}
}

func (g *Guard) Catch() {
	g.got = recover()
	fmt.Println(g.name, "caught:", g.got)
}

type Logger struct{ prefix string }

func (l Logger) Catch() {
	if r := recover(); r != nil {
		fmt.Println(l.prefix, r)
	}
}

type Catcher interface{ Catch() }

func run(c Catcher, v interface{}) {
	defer c.Catch()
	panic(v)
}

func main() {
	g := &Guard{name: "guard"}
	func() {
		defer g.Catch()
		panic("via pointer method")
	}()
	fmt.Println("g.got =", g.got)
	run(Logger{"logger:"}, "via interface method")
	run(&Guard{name: "iface guard"}, 99)
	m := Logger{"method value:"}.Catch
	func() {
		defer m()
		panic("via method value")
	}()
}
