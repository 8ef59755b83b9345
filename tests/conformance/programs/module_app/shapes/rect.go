package shapes

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Name() string { return fmt.Sprintf("rect%dx%d", r.W, r.H) }
func (r Rect) Area() int    { return r.W * r.H }

var unit = Rect{1, 1}

func init() { fmt.Println("init rect.go", unit.Area()) }
