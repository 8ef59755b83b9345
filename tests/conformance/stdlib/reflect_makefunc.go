// reflect.MakeFunc: functions made at run time, called directly, through reflection,
// as method-like values, with big and small arguments, variadic, and wrong results.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Big [400]int

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))

	// A generic "logging" wrapper around any function.
	wrap := func(f any) any {
		v := reflect.ValueOf(f)
		return reflect.MakeFunc(v.Type(), func(args []reflect.Value) []reflect.Value {
			var parts []string
			for _, a := range args {
				parts = append(parts, fmt.Sprint(a.Interface()))
			}
			out := v.Call(args)
			fmt.Printf("call(%s) -> %v\n", strings.Join(parts, ", "), out[0].Interface())
			return out
		}).Interface()
	}
	add := wrap(func(a, b int) int { return a + b }).(func(int, int) int)
	fmt.Println(add(3, 4))
	join := wrap(strings.Join).(func([]string, string) string)
	fmt.Println(join([]string{"x", "y"}, "-"))

	// Big values in and out, structs, interfaces, errors.
	var sumBig func(Big, *Big) (Big, error)
	reflect.ValueOf(&sumBig).Elem().Set(reflect.MakeFunc(reflect.TypeOf(sumBig), func(in []reflect.Value) []reflect.Value {
		a := in[0].Interface().(Big)
		p := in[1].Interface().(*Big)
		var r Big
		for i := range r {
			r[i] = a[i] + p[i]
		}
		return []reflect.Value{reflect.ValueOf(r), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
	}))
	var x, y Big
	x[399], y[399] = 40, 2
	r, err := sumBig(x, &y)
	fmt.Println(r[399], err)

	var describe func(any, ...int) string
	reflect.ValueOf(&describe).Elem().Set(reflect.MakeFunc(reflect.TypeOf(describe), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Sprintf("%v %v", in[0].Interface(), in[1].Interface()))}
	}))
	fmt.Println(describe("v", 1, 2, 3), describe(nil))

	// Called through reflection, deferred, in a goroutine.
	mf := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() * 10))}
	})
	fmt.Println(mf.Call([]reflect.Value{reflect.ValueOf(7)})[0].Int())
	times10 := mf.Interface().(func(int) int)
	done := make(chan int)
	go func() { done <- times10(5) }()
	fmt.Println(<-done)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("not an int")}
		}).Interface().(func() int)
		bad()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(1)}
		}).Interface().(func())
		bad()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.MakeFunc(reflect.TypeOf(1), nil)
	}()
	defer times10(1)
	fmt.Println(reflect.TypeOf(times10), mf.Kind())
}
