package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Temp float64
type Pair struct {
	A int
	B string
}
type Named struct{ N string }

func (n Named) String() string { return "Named<" + n.N + ">" }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("MyErr code %d", e.Code) }

func catch(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v | %+v\n", r, r, r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
		if s, ok := r.(fmt.Stringer); ok {
			fmt.Println("  is Stringer:", s.String())
		}
	}()
	panic(v)
}

func main() {
	catch("a string")
	catch(errors.New("an error"))
	catch(MyErr{7})
	catch(&MyErr{8})
	catch(Named{"x"})
	catch(12)
	catch(MyInt(-3))
	catch(int64(1) << 40)
	catch(uint(7))
	catch(3.25)
	catch(Temp(36.6))
	catch(float32(0.5))
	catch(false)
	catch(Pair{1, "one"})
	catch([]int{1, 2, 3})
	catch(map[string]int{"k": 1})
	catch([2]bool{true, false})
	catch('x')
	p := &Pair{2, "two"}
	func() {
		defer func() {
			r := recover()
			fmt.Println("same pointer:", r.(*Pair) == p, r.(*Pair).B)
		}()
		panic(p)
	}()
}
