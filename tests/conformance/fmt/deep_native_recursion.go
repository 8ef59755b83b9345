// Native code that goes deep grows the goroutine's native stack as Go's stack grows:
// fmt calling String methods that call fmt, sort calling a less that sorts, a deferred
// call that recurses, fmt printing and == comparing a struct nested 3,000 deep, on the
// main goroutine and on others.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type List struct {
	next *List
	v    int
}

func (l *List) String() string {
	if l.next == nil {
		return "."
	}
	return fmt.Sprint(l.v%10, l.next)
}

func list(n int) *List {
	l := &List{}
	for i := 0; i < n; i++ {
		l = &List{next: l, v: i}
	}
	return l
}

// Each level sorts two elements with a less function that recurses.
func sortDeep(n int) int {
	if n == 0 {
		return 0
	}
	s := []int{2, 1}
	r := 0
	sort.Slice(s, func(i, j int) bool {
		r = sortDeep(n - 1)
		return s[i] < s[j]
	})
	return r + 1
}

// Each level recurses from a deferred call.
func deferDeep(n int) (r int) {
	if n == 0 {
		return 0
	}
	defer func() { r = deferDeep(n-1) + 1 }()
	return -1
}

type Deep struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a struct{ a int } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }

func main() {
	s := list(10000).String()
	fmt.Println(len(s), s[:20], strings.Count(s, "9"))
	fmt.Println(sortDeep(5000))
	fmt.Println(deferDeep(5000))

	var t, u Deep
	fmt.Println(len(fmt.Sprint(t)), len(fmt.Sprintf("%+v", t)), len(fmt.Sprintf("%#v", u)))
	fmt.Println(len(fmt.Sprintf("%T", t.a)))
	fmt.Println(t == u, reflect.DeepEqual(t, u), interface{}(t) == interface{}(u))
	m := map[Deep]int{t: 7}
	fmt.Println(m[u], len(m))

	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func(g int) {
			done <- fmt.Sprint(len(list(2000+g).String()), " ", sortDeep(1000+g))
		}(g)
	}
	var outs []string
	for g := 0; g < 4; g++ {
		outs = append(outs, <-done)
	}
	sort.Strings(outs)
	fmt.Println(outs)
}
