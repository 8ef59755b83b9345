package shapes

import "fmt"

type Shape interface {
	Name() string
	Area() int
}

type Square struct{ Side int }

func (s Square) Name() string { return fmt.Sprintf("square%d", s.Side) }
func (s Square) Area() int    { return s.Side * s.Side }

func init() { fmt.Println("init shapes") }
