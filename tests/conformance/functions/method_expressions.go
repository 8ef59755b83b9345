package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int              { return p.X + p.Y }
func (p Point) Scale(k int) Point     { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(dx, dy int)      { p.X += dx; p.Y += dy }

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	sum := Point.Sum
	scale := Point.Scale
	move := (*Point).Move
	psum := (*Point).Sum
	p := Point{1, 2}
	fmt.Println(sum(p), scale(p, 3))
	move(&p, 10, 20)
	fmt.Println(p, psum(&p))
	fmt.Printf("%T\n", sum)
	fmt.Printf("%T\n", move)
	area := Shape.Area
	fmt.Println(area(Rect{3, 4}))
	ra := Rect.Area
	fmt.Println(ra(Rect{5, 6}))
	pts := []Point{{1, 1}, {2, 3}, {4, 5}}
	total := 0
	for _, q := range pts {
		total += sum(q)
	}
	fmt.Println(total)
}
