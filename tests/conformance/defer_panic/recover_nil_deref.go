package main

import "fmt"

type T struct {
	n    int
	next *T
}

func (t *T) Get() int { return t.n }
func (t *T) Safe() string {
	if t == nil {
		return "nil receiver handled"
	}
	return "non-nil"
}

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var p *T
	var ip *int
	try("field read", func() { _ = p.n })
	try("field write", func() { p.n = 1 })
	try("deref int", func() { _ = *ip })
	try("store int", func() { *ip = 3 })
	try("method", func() { _ = p.Get() })
	try("nil safe method", func() { fmt.Println(p.Safe()) })
	try("chain", func() { t := &T{}; _ = t.next.n })
	var g Getter
	try("nil interface call", func() { _ = g.Get() })
	var f func() int
	try("nil func call", func() { _ = f() })
	var pa *[2]int
	try("array ptr len", func() { fmt.Println(len(pa)) })
	try("array ptr range", func() {
		for i, v := range pa {
			_, _ = i, v
		}
	})
	var ps *struct{ a [3]int }
	try("nested field", func() { _ = ps.a[1] })
}
