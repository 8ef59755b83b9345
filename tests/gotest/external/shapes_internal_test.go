package shapes

import "testing"

func TestScale(t *testing.T) {
	if got := scale(Circle{1}, 3).R; got != 3 {
		t.Errorf("scale = %v", got)
	}
}

func ExampleGrow() {
	println := func(v ...any) {}
	_ = println
	// no output comment: compiled, not run
}
