package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

type T struct {
	A int
	b string
}

func main() {
	v := reflect.ValueOf(3)
	try("Bool", func() { v.Bool() })
	try("String", func() { fmt.Println(v.String()) })
	try("Len", func() { v.Len() })
	try("MapKeys", func() { v.MapKeys() })
	try("NumField", func() { v.NumField() })
	try("Call", func() { v.Call(nil) })
	try("SetInt", func() { v.SetInt(4) })
	try("Elem", func() { v.Elem() })
	try("Index", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Append", func() { reflect.Append(v) })
	tv := reflect.ValueOf(&T{}).Elem()
	try("unexported", func() { tv.Field(1).SetString("x") })
	try("Interface", func() { tv.Field(1).Interface() })
	try("zero", func() { reflect.Value{}.Type() })
	try("Send", func() { v.Send(v) })
	try("Int", func() { reflect.ValueOf("s").Int() })
	try("Set", func() { tv.Field(0).Set(reflect.ValueOf("s")) })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(1)) })
	try("Field", func() { tv.Field(9) })
	try("nilcall", func() { var f func(); reflect.ValueOf(f).Call(nil) })
	try("args", func() { reflect.ValueOf(func(int) {}).Call(nil) })
}
