package main

import (
	"errors"
	"fmt"
	"reflect"
	"time"
)

type P struct {
	X int
	y string
}

func main() {
	v := reflect.ValueOf(P{3, "hid"})
	fmt.Println(v, v.Field(0), v.Field(1))
	fmt.Printf("%v %d %+v %#v %s %T\n", v.Field(0), v.Field(0), v, v, reflect.ValueOf("str"), v)
	fmt.Println(reflect.ValueOf(time.Second), reflect.ValueOf(errors.New("boom")), reflect.Value{})
	fmt.Println(reflect.ValueOf([]int{1, 2}), reflect.ValueOf(map[string]int{"a": 1}), reflect.ValueOf(nil))
	fmt.Printf("%v|%s\n", []reflect.Value{reflect.ValueOf(1)}, reflect.ValueOf(2))
}
