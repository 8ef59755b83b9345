package main

import "fmt"

type Point struct{ X, Y int }
type Key struct {
	Name string
	ID   int
	On   bool
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], len(grid))
	grid[Point{1, 2}] = "A"
	fmt.Println(grid)
	_, ok := grid[Point{5, 5}]
	fmt.Println(ok)
	km := map[Key]int{{"a", 1, true}: 10, {"a", 1, false}: 20, {"b", 1, true}: 30}
	fmt.Println(km[Key{"a", 1, true}], km[Key{"a", 1, false}], km[Key{"b", 2, true}])
	fmt.Println(km)
	visited := map[Point]bool{}
	p := Point{}
	moves := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}, {1, 0}}
	visited[p] = true
	for _, mv := range moves {
		p = Point{p.X + mv.X, p.Y + mv.Y}
		visited[p] = true
	}
	fmt.Println(len(visited), visited)
	type Nested struct {
		P    Point
		Name string
	}
	nm := map[Nested]int{{Point{1, 1}, "x"}: 1}
	nm[Nested{Point{1, 1}, "x"}]++
	fmt.Println(nm)
	pm := map[*Point]int{}
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	pm[p1] = 1
	pm[p2] = 2
	fmt.Println(len(pm), pm[p1], pm[p2])
}
