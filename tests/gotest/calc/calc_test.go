package calc

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	if Add(1, 2) != 3 {
		t.Fatal("bad")
	}
	t.Log("add ok")
}

func TestSub(t *testing.T) {
	for _, c := range []struct{ a, b, want int }{{1, 1, 2}, {2, 2, 5}} {
		t.Run(fmt.Sprint(c.a, "+", c.b), func(t *testing.T) {
			if got := Add(c.a, c.b); got != c.want {
				t.Errorf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
		})
	}
}

func TestSkip(t *testing.T) { t.Skip("not now") }

func BenchmarkAdd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Add(i, i)
	}
}

func ExampleAdd() {
	fmt.Println(Add(2, 3))
	// Output: 5
}

func ExampleDiv() {
	fmt.Println(Div(6, 3))
	// Output: 3
}
