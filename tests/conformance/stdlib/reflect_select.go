// reflect.Select: sends, receives, default, closed channels, nil channels, a blocking
// select woken by another goroutine, fairness over ready cases, and misuse panics.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	b <- "ready"
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
	}
	chosen, v, ok := reflect.Select(cases)
	fmt.Println(chosen, v.Interface(), ok)

	// Default when nothing is ready.
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	chosen, v, ok = reflect.Select(cases)
	fmt.Println(chosen, v.IsValid(), ok)

	// A send case.
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(a), Send: reflect.ValueOf(42)},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println(chosen, <-a)

	// A closed channel: a zero value, ok false.
	close(b)
	chosen, v, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)}})
	fmt.Printf("%d %q %v\n", chosen, v.Interface(), ok)

	// Nil and missing channels are never ready.
	var nilc chan int
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectRecv},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println("nil:", chosen)

	// Blocking until another goroutine sends; a big element.
	type big [300]int
	bc := make(chan big)
	go func() {
		var x big
		x[299] = 7
		bc <- x
	}()
	chosen, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(bc)},
	})
	fmt.Println(chosen, v.Interface().(big)[299], ok)

	// A dynamic fan-in over many channels: every value arrives once.
	chans := make([]chan int, 10)
	var sc []reflect.SelectCase
	for i := range chans {
		chans[i] = make(chan int, 3)
		for j := 0; j < 3; j++ {
			chans[i] <- i*10 + j
		}
		close(chans[i])
		sc = append(sc, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(chans[i])})
	}
	var got []int
	for open := len(sc); open > 0; {
		i, v, ok := reflect.Select(sc)
		if !ok {
			sc[i].Chan = reflect.ValueOf(nil)
			open--
			continue
		}
		got = append(got, int(v.Int()))
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[29])

	for _, bad := range [][]reflect.SelectCase{
		{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}},
		{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(<-chan int))}},
		{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan<- int))}},
		{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(chan int))}},
		{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a), Send: reflect.ValueOf(1)}},
		{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(make(chan int, 1)), Send: reflect.ValueOf("x")}},
		{{Dir: 9}},
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			reflect.Select(bad)
		}()
	}
}
