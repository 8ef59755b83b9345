// More places a value held indirectly (over 2 KB) goes: literals as arguments, results
// indexed and compared, globals, embedding, panics, select sends, ranges over results.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Big [70000]int
type Mid [400]int

func (b Big) First() int { return b[0] }
func (b *Big) Bump()     { b[0]++ }

type W struct {
	Big
	Tag string
}

type Firster interface{ First() int }

var G = mk(5)

func mk(n int) Big {
	var b Big
	b[0], b[1], b[69999] = n, n*2, n*3
	return b
}

func mkErr(n int) (Big, error) {
	if n < 0 {
		return Big{}, errors.New("negative")
	}
	return mk(n), nil
}

func total(bs ...Mid) (t int) {
	for _, b := range bs {
		for _, v := range b {
			t += v
		}
	}
	return
}

type Other [70000]int

func main() {
	fmt.Println(G[0], G[69999], mk(2)[1], mk(3) == mk(3), mk(3) == mk(4))
	fmt.Println(total(Mid{1, 2, 3}, Mid{399: 4}), total())
	b, err := mkErr(7)
	fmt.Println(b[1], err)
	b, err = mkErr(-1)
	fmt.Println(b[1], err)

	for i, v := range mk(9) {
		if i > 1 {
			break
		}
		fmt.Println("range", i, v)
	}
	_ = mk(1)
	o := Other(mk(4))
	fmt.Println(o[1], Big(o) == mk(4))

	w := W{Big: mk(6), Tag: "w"}
	fmt.Println(w.First(), w.Big[1])
	w.Bump()
	fmt.Println(w.First())
	var f Firster = w
	fmt.Println(f.First())
	f = &w
	w.Bump()
	fmt.Println(f.First())
	bump := (*Big).Bump
	bump(&w.Big)
	first := Big.First
	fmt.Println(first(w.Big))
	defer fmt.Println("deferred method value", w.First())

	mids := []Mid{{1}, {2}, {3}}
	var arr [2]Mid
	arr[1] = mids[2]
	mids[0] = arr[1]
	fmt.Println(mids[0][0], arr[1][0], len(mids))

	switch mk(3) {
	case mk(2):
		fmt.Println("two")
	case mk(3):
		fmt.Println("three")
	}

	func() {
		defer func() {
			r := recover()
			if v, ok := r.(Big); ok {
				fmt.Println("recovered", v[1])
			}
		}()
		panic(mk(8))
	}()

	var e interface{} = mk(10)
	switch v := e.(type) {
	case Mid, Big:
		fmt.Println("either", reflect.TypeOf(v).Name())
	}
	back := reflect.ValueOf(mk(11)).Interface().(Big)
	fmt.Println(back[1])

	ch := make(chan Mid, 1)
	var m Mid
	m[399] = 99
	select {
	case ch <- m:
		m[399] = 0
	default:
	}
	fmt.Println((<-ch)[399], m[399])

	sq := func(b Big) Big {
		for i := range b[:10] {
			b[i] *= b[i]
		}
		return b
	}
	fmt.Println(sq(mk(3))[0], sq(sq(mk(2)))[1])
	var fs []func() int
	for i := 0; i < 3; i++ {
		v := mk(i)
		fs = append(fs, func() int { v[0] += 10; return v[0] })
	}
	fmt.Println(fs[0](), fs[1](), fs[2](), fs[0]())
}
