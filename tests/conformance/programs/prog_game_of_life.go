package main

import (
	"fmt"
	"strings"
)

const W, H = 20, 10

type Grid [H][W]bool

func (g *Grid) neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+H)%H, (x+dx+W)%W
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbors(y, x)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	// glider
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	// blinker
	g[5][10], g[5][11], g[5][12] = true, true, true
	fmt.Print(g)
	for i := 1; i <= 4; i++ {
		g = g.Step()
		fmt.Println("gen", i, "alive", g.Alive())
	}
	fmt.Print(g)
	for i := 0; i < 36; i++ {
		g = g.Step()
	}
	fmt.Println("gen 40 alive", g.Alive())
	fmt.Print(g)
}
