package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner(log *[]string) {
	defer func() { *log = append(*log, "inner defer") }()
	*log = append(*log, "inner before Goexit")
	runtime.Goexit()
	*log = append(*log, "MUST NOT APPEAR inner after Goexit")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log = append(log, "outer defer") }()
		inner(&log)
		log = append(log, "MUST NOT APPEAR outer after inner")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}

	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main end")
}
