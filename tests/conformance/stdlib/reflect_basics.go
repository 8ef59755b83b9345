package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	Name string `json:"name,omitempty" xml:"n"`
	tags []string
}

func (p Point) Sum() int            { return p.X + p.Y }
func (p *Point) Scale(k int)        { p.X *= k; p.Y *= k }
func (p Point) Greet(s string) string { return s + " " + p.Name }

type Stringer interface{ String() string }

func main() {
	p := Point{1, 2, "pt", nil}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Kind(), t.Name(), t.PkgPath(), t.NumField(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag, f.Tag.Get("json"), f.Offset, f.Index, f.IsExported())
	}
	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(10)
	v.FieldByName("Name").SetString("changed")
	fmt.Println(p, v.Field(1).Int(), v.CanSet(), reflect.ValueOf(p).CanSet())
	fmt.Println(t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name, t.Method(i).Type)
	}
	out := v.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("hello")})
	fmt.Println(out[0].String(), out[0].Interface())
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p.X, p.Y, v.Method(1).Call(nil)[0].Int())
	m := map[string]int{"a": 1, "b": 2}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")).Int(), mv.Type().Key(), mv.Type().Elem())
	mv.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	fmt.Println(len(m), m["c"])
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetInt(20)
	fmt.Println(s, sv.Len(), sv.Cap(), reflect.Append(sv, reflect.ValueOf(4)).Interface())
	var e error
	et := reflect.TypeOf(&e).Elem()
	fmt.Println(et, et.Kind(), et.NumMethod(), reflect.TypeOf(fmt.Errorf("x")).Implements(et))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(p, Point{}))
	nv := reflect.New(t)
	nv.Elem().Field(0).SetInt(7)
	fmt.Println(nv.Elem().Interface(), nv.Type())
	fn := reflect.ValueOf(func(a, b int) (int, error) { return a + b, nil })
	r := fn.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(r[0].Int(), r[1].IsNil(), fn.Type())
	var x any = 3.5
	xv := reflect.ValueOf(&x).Elem()
	fmt.Println(xv.Kind(), xv.Elem().Kind(), xv.Elem().Float())
	xv.Set(reflect.ValueOf("now a string"))
	fmt.Println(x)
	fmt.Println(reflect.ValueOf(uint8(200)).Convert(reflect.TypeOf(int(0))).Int(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).String())
	fmt.Println(reflect.Zero(t).Interface(), reflect.ValueOf(nil).IsValid(), reflect.Indirect(reflect.ValueOf(&p)).Field(0).Int())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(p).Field(0).SetInt(1)
}
