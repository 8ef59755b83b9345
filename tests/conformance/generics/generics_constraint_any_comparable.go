package main

import "fmt"

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Equal[T comparable](a, b T) bool {
	return a == b
}

func CountDistinct[T comparable](xs []T) int {
	seen := map[T]bool{}
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func Show[T any](x T) string {
	return fmt.Sprintf("%T:%v", x, x)
}

func ShowAll[T interface{}](xs ...T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, Show(x))
	}
	return out
}

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	fmt.Println(Index([]int{5, 6, 7}, 7), Index([]int{5, 6, 7}, 8))
	fmt.Println(Index([]string{"a", "b"}, "b"))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Index([]float64{0.5, 1.5}, 1.5))
	fmt.Println(Index([]bool{false, true}, true))
	fmt.Println(Index([][2]int{{1, 2}, {3, 4}}, [2]int{1, 2}))

	p := &Point{1, 1}
	q := &Point{1, 1}
	fmt.Println(Index([]*Point{q, p}, p), Equal(p, q), Equal(p, p), Equal(*p, *q))

	fmt.Println(Equal(1, 1), Equal("x", "y"), Equal(Key{"a", 1}, Key{"a", 1}))
	fmt.Println(Equal(Key{"a", 1}, Key{"a", 2}))
	ch := make(chan int)
	fmt.Println(Equal(ch, ch), Equal(ch, make(chan int)))

	// (interface types such as any satisfy comparable only from Go 1.20 on: not used here)
	e1 := fmt.Errorf("x")
	fmt.Println(Equal(e1.Error(), "x"), Equal[*Key](nil, nil))

	fmt.Println(CountDistinct([]int{1, 2, 2, 3, 3, 3}))
	fmt.Println(CountDistinct([]string{"a", "a", "b"}))
	fmt.Println(CountDistinct([]Key{{"a", 1}, {"a", 1}, {"b", 1}, {"a", 2}}))
	fmt.Println(CountDistinct([]rune("mississippi")))
	fmt.Println(CountDistinct([]Point{}))

	// any accepts everything, including non-comparable types
	fmt.Println(Show([]int{1, 2}))
	fmt.Println(Show(map[string]int{"k": 1}))
	fmt.Println(Show(func(int) string { return "" } == nil))
	fmt.Println(Show(struct{ A []int }{[]int{9}}))
	fmt.Println(Show(Point{7, 8}))
	fmt.Println(Show[any](nil))
	fmt.Println(Show[error](nil))
	fmt.Println(Show[fmt.Stringer](nil))
	fmt.Println(ShowAll(1, 2, 3))
	fmt.Println(ShowAll[any](1, "two", 3.0, nil, []byte("hi")))
	fmt.Println(len(ShowAll[int]()))
}
