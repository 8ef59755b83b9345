package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (s Sq) Area() float64      { return s.s * s.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string " + x
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map of %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type named int

func (n named) String() string { return "named!" }

func main() {
	vals := []interface{}{nil, 41, int8(3), int16(4), "hi", true, false, []int{1, 2}, map[string]int{"a": 1},
		func() int { return 7 }, errors.New("boom"), MyErr{"mine"}, Sq{2}, &Circle{1}, Circle{1}, named(1), 2.5, uint(3)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Sq{3}
	switch s.(type) {
	case Sq:
		fmt.Println("it's a Sq")
	}
	switch t := s.(type) {
	case *Circle:
		fmt.Println("circle", t.r)
	case Sq:
		fmt.Println("sq", t.s)
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
}
