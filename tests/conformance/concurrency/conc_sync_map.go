package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				m.Store(g*100+k, k)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	sum := 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println("entries", n, "sum", sum)

	v, ok := m.Load(105)
	fmt.Println(v, ok)
	v, ok = m.Load(-1)
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore(105, "x")
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("new", "x")
	fmt.Println(a, loaded)
	d, loaded := m.LoadAndDelete("new")
	fmt.Println(d, loaded)
	d, loaded = m.LoadAndDelete("new")
	fmt.Println(d, loaded)
	m.Delete(105)
	_, ok = m.Load(105)
	fmt.Println(ok)

	// Range stopping early; Range may modify the map.
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 10
	})
	fmt.Println("stopped after", count)
	m.Range(func(k, v any) bool {
		if k.(int)%2 == 1 {
			m.Delete(k)
		}
		return true
	})
	var keys []int
	m.Range(func(k, v any) bool {
		if k.(int) < 10 {
			keys = append(keys, k.(int))
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)

	// LoadOrStore races: exactly one winner per key.
	var m2 sync.Map
	wins := make(chan int, 100)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				if _, loaded := m2.LoadOrStore(k, g); !loaded {
					wins <- k
				}
			}
		}(g)
	}
	wg.Wait()
	close(wins)
	total := 0
	for k := range wins {
		total += k + 1
	}
	fmt.Println("winners", total)
}
