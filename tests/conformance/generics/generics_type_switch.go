package main

import (
	"fmt"
	"strconv"
)

type MyInt int

type Stringer interface{ String() string }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(v)
	case MyInt:
		return "MyInt " + strconv.Itoa(int(v))
	case string:
		return "string " + strconv.Quote(v)
	case float64:
		return "float64 " + strconv.FormatFloat(v, 'g', -1, 64)
	case []T:
		return fmt.Sprintf("slice of T len %d", len(v))
	case Stringer:
		return "Stringer " + v.String()
	case error:
		return "error " + v.Error()
	case []int, []string:
		return fmt.Sprintf("int or string slice %v", v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

// Dispatch on the type argument itself via a zero value.
func TypeName[T any]() string {
	var z T
	switch any(z).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case *int:
		return "*int"
	case []byte:
		return "[]byte"
	}
	if any(z) == nil {
		return "interface type"
	}
	return fmt.Sprintf("%T", z)
}

func ToString[T int | string | float64 | bool](x T) string {
	switch v := any(x).(type) {
	case int:
		return strconv.Itoa(v)
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	panic("unreachable")
}

func Assert[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func main() {
	fmt.Println(Kind(1))
	fmt.Println(Kind(MyInt(2)))
	fmt.Println(Kind("s"))
	fmt.Println(Kind(2.5))
	fmt.Println(Kind(Color(1)))
	fmt.Println(Kind(fmt.Errorf("bad")))
	fmt.Println(Kind([]int{1, 2}))
	fmt.Println(Kind[[]int]([]int{1, 2, 3}))
	fmt.Println(Kind[any]([]any{1, 2}))
	fmt.Println(Kind([]string{"a"}))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind[error](nil))
	fmt.Println(Kind(true))
	fmt.Println(Kind(struct{}{}))

	fmt.Println(TypeName[int](), TypeName[string](), TypeName[*int](), TypeName[[]byte]())
	fmt.Println(TypeName[any](), TypeName[error](), TypeName[float32](), TypeName[MyInt]())

	fmt.Println(ToString(42), ToString("x"), ToString(3.14159), ToString(false))

	i, ok := Assert[int](5)
	fmt.Println(i, ok)
	s, ok := Assert[string](5)
	fmt.Printf("%q %v\n", s, ok)
	st, ok := Assert[Stringer](Color(2))
	fmt.Println(st, ok)
	e, ok := Assert[error](Color(2))
	fmt.Println(e, ok)
	m, ok := Assert[MyInt](MyInt(9))
	fmt.Printf("%T %v %v\n", m, m, ok)
}
