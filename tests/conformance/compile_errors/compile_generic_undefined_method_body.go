package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// never instantiated: go still checks it
func (s *Stack[T]) Top() T {
	return s.items[lenght(s.items)-1]
}

func main() {
	fmt.Println("never runs")
}
