#!/usr/bin/env bash
# Writes a Go program with N instantiations of one generic container (a stack with five
# methods, and a generic function over it), each with a type of its own:
#   bench/generics/gen.sh N > prog.go
set -euo pipefail
n=${1:-200}
cat <<'HEAD'
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Peek() T { return s.items[len(s.items)-1] }

func (s *Stack[T]) Each(f func(T)) {
	for _, v := range s.items {
		f(v)
	}
}

func Sum[T Number](s *Stack[T]) T {
	var total T
	s.Each(func(v T) { total += v })
	return total
}

HEAD
for ((i = 0; i < n; i++)); do
  echo "type N$i int"
done
echo
for ((i = 0; i < n; i++)); do
  cat <<EOF2
func use$i() int {
	var s Stack[N$i]
	for k := 0; k < 100; k++ {
		s.Push(N$i(k))
	}
	s.Pop()
	return int(Sum(&s)) + s.Len() + int(s.Peek())
}

EOF2
done
echo "func main() {"
echo "	total := 0"
for ((i = 0; i < n; i++)); do
  echo "	total += use$i()"
done
echo "	fmt.Println(total)"
echo "}"
