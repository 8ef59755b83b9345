package main

import "fmt"

// One type parameter.
func Identity[T any](x T) T {
	return x
}

// Two type parameters.
func MakePair[A any, B any](a A, b B) string {
	return fmt.Sprintf("(%v:%T, %v:%T)", a, a, b, b)
}

// Three type parameters, grouped.
func Triple[A, B, C any](a A, b B, c C) (C, B, A) {
	return c, b, a
}

// Type parameter used only in the result: must be explicit.
func Zero[T any]() T {
	var z T
	return z
}

// Conversion target that cannot be inferred: partial instantiation.
func Convert[To, From int | int64 | float64](x From) To {
	return To(x)
}

func Repeat[T any](x T, n int) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, x)
	}
	return out
}

func main() {
	// inferred
	fmt.Println(Identity(42), Identity("hi"), Identity(3.5), Identity(true))
	fmt.Printf("%T %T %T %T\n", Identity(42), Identity("hi"), Identity(3.5), Identity('x'))

	// explicit
	fmt.Println(Identity[int](7), Identity[string]("s"), Identity[float64](2))
	fmt.Printf("%T %v\n", Identity[float64](2), Identity[float64](2))
	fmt.Printf("%T %v\n", Identity[int64](1<<40), Identity[int64](1<<40))
	fmt.Printf("%T %v\n", Identity[byte](200), Identity[byte](200))

	// several type params
	fmt.Println(MakePair(1, "one"))
	fmt.Println(MakePair[int, float64](1, 2))
	fmt.Println(MakePair[string]("x", 'y'))
	c, b, a := Triple(1, "two", 3.0)
	fmt.Println(c, b, a)
	fmt.Printf("%T %T %T\n", c, b, a)
	x, y, z := Triple[int8, int16, int32](1, 2, 3)
	fmt.Printf("%T=%v %T=%v %T=%v\n", x, x, y, y, z, z)

	// result-only type parameter
	fmt.Printf("%T %q\n", Zero[string](), Zero[string]())
	fmt.Printf("%T %v\n", Zero[int](), Zero[int]())
	fmt.Printf("%T %v\n", Zero[[]int](), Zero[[]int]() == nil)
	fmt.Printf("%T %v\n", Zero[*int](), Zero[*int]() == nil)
	fmt.Printf("%T %v\n", Zero[struct{ A, B int }](), Zero[struct{ A, B int }]())

	// partial instantiation: To explicit, From inferred
	f := Convert[float64](7)
	fmt.Printf("%T %v\n", f, f)
	i := Convert[int](9.75)
	fmt.Printf("%T %v\n", i, i)
	i64 := Convert[int64](int(-3))
	fmt.Printf("%T %v\n", i64, i64)
	full := Convert[int, float64](2.5)
	fmt.Printf("%T %v\n", full, full)

	r := Repeat("ab", 3)
	fmt.Printf("%T %v %d\n", r, r, len(r))
	r2 := Repeat[float64](1, 2)
	fmt.Printf("%T %v\n", r2, r2)
	r3 := Repeat([]int{1, 2}, 2)
	fmt.Printf("%T %v\n", r3, r3)
}
