package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	unused := 3
	for _, x := range xs {
		s += x
	}
	return ss
}

type List[T any] struct{ v []T }

func (l *List[T]) Get(i int) T {
	if i < len(l.v) {
		return l.v[i]
	}
}

func main() {
	fmt.Println("hi")
}
