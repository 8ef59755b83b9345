package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

type U int

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println(n + 1)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = T{5}
	st, ok := i.(Stringer)
	fmt.Println(st.String(), ok)
	t := i.(T)
	fmt.Println(t.n)
	pt, ok := i.(*T)
	fmt.Println(pt == nil, ok)
	i = &T{6}
	pt, ok = i.(*T)
	fmt.Println(pt.n, ok)
	st2, ok := i.(Stringer)
	fmt.Println(st2, ok)
	i = U(3)
	_, ok = i.(int)
	u, ok2 := i.(U)
	fmt.Println(ok, u, ok2)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	var e error = fmt.Errorf("x")
	_, ok = e.(Stringer)
	fmt.Println(ok)
	vals := []interface{}{1, "a", 2.5, T{1}, nil, []int{1}}
	ints, strs, others := 0, 0, 0
	for _, v := range vals {
		if _, ok := v.(int); ok {
			ints++
		} else if _, ok := v.(string); ok {
			strs++
		} else {
			others++
		}
	}
	fmt.Println(ints, strs, others)
	if v, ok := vals[3].(fmt.Stringer); ok {
		fmt.Println("stringer:", v)
	}
}
