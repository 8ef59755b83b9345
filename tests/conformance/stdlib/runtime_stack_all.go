// runtime.Stack(buf, true): the calling goroutine's trace first, then every other
// goroutine's, each after a blank line with its state; printed as facts that hold for any
// goroutine numbering and code addresses.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

func receiver(ch chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ch
}

func selector(a, b chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	select {
	case <-a:
	case <-b:
	}
}

func sleeper() {
	time.Sleep(time.Hour) // still asleep when main returns
}

func main() {
	ch := make(chan int)
	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go receiver(ch, &wg)
	}
	wg.Add(1)
	go selector(a, b, &wg)
	go sleeper()
	// Until every goroutine is parked where it is going to stay.
	buf := make([]byte, 1<<20)
	var s string
	for {
		s = string(buf[:runtime.Stack(buf, true)])
		if strings.Count(s, "[chan receive]:") == 3 && strings.Count(s, "[select]:") == 1 && strings.Count(s, "[sleep]:") == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	headers := 0
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "goroutine ") && strings.HasSuffix(line, ":") {
			headers++
		}
	}
	fmt.Println("goroutines:", headers)
	fmt.Println("first is the caller:", strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main()"))
	fmt.Println("chan receive:", strings.Count(s, "[chan receive]:"), "in receiver:", strings.Count(s, "\nmain.receiver("))
	fmt.Println("select:", strings.Count(s, "[select]:"), "sleep:", strings.Count(s, "[sleep]:"))
	fmt.Println("created by main.main:", strings.Count(s, "\ncreated by main.main"))
	fmt.Println("blank line before each other goroutine:", strings.Count(s, "\n\ngoroutine "))

	// Without all, the caller's alone; a short buffer takes what fits.
	one := string(buf[:runtime.Stack(buf, false)])
	fmt.Println("one goroutine:", strings.Count(one, "\ngoroutine ") == 0 && strings.HasPrefix(one, "goroutine 1 [running]:"))
	small := make([]byte, 10)
	fmt.Printf("%q\n", small[:runtime.Stack(small, true)])

	close(ch)
	close(a)
	wg.Wait()
}
