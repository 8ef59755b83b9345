package main

import "fmt"

var depthSeen []int

func walk(n, limit int) int {
	defer func() { depthSeen = append(depthSeen, n) }()
	if n == limit {
		panic(n)
	}
	return walk(n+1, limit) + 1
}

func safeWalk(limit int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -r.(int)
		}
	}()
	return walk(0, limit)
}

func main() {
	fmt.Println(safeWalk(5), depthSeen)
	depthSeen = nil
	fmt.Println(safeWalk(10000), len(depthSeen), depthSeen[0], depthSeen[len(depthSeen)-1])
}
