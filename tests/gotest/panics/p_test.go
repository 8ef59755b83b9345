package panics

import "testing"

func TestFirst(t *testing.T) {
	t.Log("before the panic")
}

func TestPanic(t *testing.T) {
	At([]int{1, 2}, 5)
}

func TestNever(t *testing.T) {}
