// maphash: heavy insert / lookup / delete on map[int]int and map[string]int.
package main

import (
	"fmt"
	"strconv"
)

func intMap(n int) (int, int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[(i*7919)%1000003] = i
	}
	sum := 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			sum += v
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, (i*7919)%1000003)
	}
	for i := 0; i < n; i++ {
		k := (i * 7919) % 1000003
		m[k] += 3
	}
	for i := 0; i < n; i++ {
		sum += m[(i*7919)%1000003]
	}
	return len(m), sum
}

func stringMap(n int) (int, int) {
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = "key" + strconv.Itoa(i%(n/4+1))
	}
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m[keys[i]] += i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += m[keys[(i*31)%n]]
		if v, ok := m["missing"+keys[i]]; ok {
			sum += v
		}
	}
	for i := 0; i < n/2; i += 3 {
		delete(m, keys[i])
	}
	for i := 0; i < n; i++ {
		if v, ok := m[keys[i]]; ok {
			sum += v & 255
		}
	}
	return len(m), sum
}

func main() {
	rounds := 4 // quick: 1
	n := 80000  // quick: 10000
	for r := 0; r < rounds; r++ {
		a, b := intMap(n + r)
		c, d := stringMap(n + r)
		fmt.Printf("round %d: int map len=%d sum=%d, string map len=%d sum=%d\n", r, a, b, c, d)
	}
}
