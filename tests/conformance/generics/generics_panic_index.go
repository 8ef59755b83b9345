package main

import "fmt"

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, fill T) *Grid[T] {
	g := &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	return g
}

func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.w+x] = v }
func (g *Grid[T]) Get(x, y int) T    { return g.cells[y*g.w+x] }

func (g *Grid[T]) Print() {
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			fmt.Print(g.Get(x, y), " ")
		}
		fmt.Println()
	}
}

func Nth[T any](xs []T, n int) T {
	fmt.Printf("Nth[%T] of %d elements at %d\n", xs, len(xs), n)
	return xs[n]
}

func main() {
	g := NewGrid(3, 2, ".")
	g.Set(0, 0, "#")
	g.Set(2, 1, "@")
	g.Print()
	fmt.Printf("%T %q\n", g, g.Get(2, 1))

	n := NewGrid(2, 2, 0)
	n.Set(1, 1, 9)
	n.Print()

	fmt.Println(Nth([]string{"a", "b", "c"}, 2))
	fmt.Println(Nth([]float64{1.5, 2.5}, 0))
	idx := 3
	fmt.Println(Nth([]int{10, 20, 30}, idx))
	fmt.Println("not reached")
}
