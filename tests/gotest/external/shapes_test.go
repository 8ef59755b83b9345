package shapes_test

import (
	"fmt"
	"testing"

	"example.com/shapes"
)

func TestArea(t *testing.T) {
	c := shapes.Circle{R: 2}
	if a := c.Area(); a < 12.56 || a > 12.57 {
		t.Errorf("Area = %v", a)
	}
	t.Logf("area %.3f", c.Area())
}

func TestGrowFails(t *testing.T) {
	if g := shapes.Grow(shapes.Circle{R: 1}); g.R != 3 {
		t.Errorf("Grow gave R=%v, want 3", g.R)
	}
}

func ExampleCircle_Area() {
	fmt.Printf("%.2f\n", shapes.Circle{R: 1}.Area())
	// Output: 3.14
}
