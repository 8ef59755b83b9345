// Package shapes is tested from inside (package shapes) and from outside (shapes_test).
package shapes

import "math"

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func scale(c Circle, k float64) Circle { return Circle{c.R * k} }

func Grow(c Circle) Circle { return scale(c, 2) }
