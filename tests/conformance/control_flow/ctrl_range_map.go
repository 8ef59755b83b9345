package main

import (
	"fmt"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	sum := 0
	keys := []string{}
	for k, v := range m {
		sum += v
		keys = append(keys, k)
	}
	// sort keys by hand (insertion sort)
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	fmt.Println(sum, strings.Join(keys, ","))
	cnt := 0
	for range m {
		cnt++
	}
	fmt.Println("count", cnt)
	klen := 0
	for k := range m {
		klen += len(k)
	}
	fmt.Println("key bytes", klen)
	// deleting during iteration is allowed
	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
	var nilm map[int]int
	for k, v := range nilm {
		fmt.Println("never", k, v)
	}
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	total := 0
	for k, v := range big {
		total += k + v
	}
	fmt.Println(total)
	// modifying values through iteration keys
	for k := range big {
		big[k] = 1
	}
	s := 0
	for _, v := range big {
		s += v
	}
	fmt.Println(s)
}
