package main

import (
	"fmt"
	"sort"
)

func Len[S ~[]E, E any](s S) int { return len(s) }

func SumSlice[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Indexes[S ~[]E, E any](s S) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return out
}

func SortedKeys[M ~map[K]V, K ~string | ~int, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func SumValues[M ~map[K]V, K comparable, V ~int](m M) V {
	var t V
	for _, v := range m {
		t += v
	}
	return t
}

func Runes[T ~string](s T) (int, int, []rune) {
	var rs []rune
	for _, r := range s {
		rs = append(rs, r)
	}
	return len(s), len(rs), rs
}

func ByteAt[T ~string | ~[]byte](s T, i int) byte { return s[i] }

func Bytes[T ~string | ~[]byte](s T) int { return len(s) }

func ArrayLen[A ~[4]int](a A) (int, int) {
	t := 0
	for _, v := range a {
		t += v
	}
	return len(a), t
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

type Scores []int
type Weights []float64
type Inventory map[string]int
type Label string
type Quad [4]int

func main() {
	s := Scores{90, 75, 88}
	fmt.Println(Len(s), SumSlice(s), Indexes(s))
	fmt.Println(Len([]string{}), Indexes([]string{}) == nil)
	fmt.Println(SumSlice(Weights{0.5, 0.25, 2}))

	inv := Inventory{"pear": 3, "apple": 5, "fig": 1}
	fmt.Println(SortedKeys(inv), SumValues(inv), len(inv))
	fmt.Println(SortedKeys(map[int]bool{3: true, 1: false, 2: true}))
	fmt.Println(SumValues(map[[2]int]int{{1, 1}: 10, {2, 2}: 20}))

	fmt.Println(Runes("héllo, 世界"))
	fmt.Println(Runes(Label("abc")))
	fmt.Println(ByteAt("hello", 1), ByteAt([]byte{7, 8}, 0), ByteAt(Label("Z"), 0))
	fmt.Println(Bytes("héllo"), Bytes([]byte{1, 2, 3}))

	fmt.Println(ArrayLen(Quad{1, 2, 3, 4}))
	fmt.Println(ArrayLen([4]int{10}))

	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	c <- "c"
	close(c)
	fmt.Println(Drain(c))
}
