package main

import (
	"fmt"
	"sort"
)

func sortWithBadLess(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 13 || xs[j] == 13 {
			panic("unlucky value 13")
		}
		return xs[i] < xs[j]
	})
	return nil
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return b[i][0] < b[j][0] }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 9, 1}
	fmt.Println(sortWithBadLess(xs), xs)
	ys := []int{5, 13, 2}
	fmt.Println(sortWithBadLess(ys))
	func() {
		defer func() { fmt.Println("recovered from sort.Sort:", recover()) }()
		sort.Sort(byLen{"aaa", "", "b"})
	}()
	zs := []int{3, 1, 2}
	sort.Slice(zs, func(i, j int) bool { return zs[i] < zs[j] })
	fmt.Println("sort still works:", zs)
}
