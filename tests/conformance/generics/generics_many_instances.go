package main

import "fmt"

type Box[T any] struct {
	items []T
}

func (b *Box[T]) Put(x T)    { b.items = append(b.items, x) }
func (b *Box[T]) Count() int { return len(b.items) }
func (b *Box[T]) Last() T    { return b.items[len(b.items)-1] }

func Describe[T any](x T) string { return fmt.Sprintf("%T(%v)", x, x) }

func Fill[T any](x T, n int) *Box[T] {
	b := &Box[T]{}
	for i := 0; i < n; i++ {
		b.Put(x)
	}
	return b
}

func Eq[T comparable](a, b T) bool { return a == b }

type Point struct{ X, Y int }
type Celsius float64

func main() {
	bi := Fill(1, 3)
	bs := Fill("s", 2)
	bf := Fill(2.5, 1)
	bp := Fill(Point{1, 2}, 2)
	x := 42
	bptr := Fill(&x, 2)
	bsl := Fill([]int{1, 2}, 2)
	bm := Fill(map[string]int{"a": 1}, 1)
	bfn := Fill(func(i int) int { return i + 1 }, 1)
	barr := Fill([2]string{"p", "q"}, 3)
	bc := Fill(Celsius(-4), 4)
	bb := Fill(Fill(true, 2), 2)
	ban := Fill[any](nil, 2)
	bst := Fill(struct{ A int }{7}, 1)
	bch := Fill(make(chan int, 1), 1)
	bu8 := Fill[uint8](255, 1)
	bi64 := Fill[int64](-1, 1)
	bc128 := Fill(1+2i, 1)
	bru := Fill('r', 1)

	fmt.Printf("%T %d %v\n", bi, bi.Count(), bi.Last())
	fmt.Printf("%T %d %v\n", bs, bs.Count(), bs.Last())
	fmt.Printf("%T %d %v\n", bf, bf.Count(), bf.Last())
	fmt.Printf("%T %d %+v\n", bp, bp.Count(), bp.Last())
	fmt.Printf("%T %d %v %v\n", bptr, bptr.Count(), *bptr.Last(), bptr.items[0] == bptr.items[1])
	fmt.Printf("%T %d %v\n", bsl, bsl.Count(), bsl.Last())
	fmt.Printf("%T %d %v\n", bm, bm.Count(), bm.Last())
	fmt.Printf("%T %d %v\n", bfn, bfn.Count(), bfn.Last()(9))
	fmt.Printf("%T %d %v\n", barr, barr.Count(), barr.Last())
	fmt.Printf("%T %d %v\n", bc, bc.Count(), bc.Last())
	fmt.Printf("%T %d %v\n", bb, bb.Count(), bb.Last().Count())
	fmt.Printf("%T %d %v\n", ban, ban.Count(), ban.Last())
	fmt.Printf("%T %d %v\n", bst, bst.Count(), bst.Last())
	bch.Last() <- 5
	fmt.Printf("%T %d %v\n", bch, bch.Count(), <-bch.items[0])
	fmt.Printf("%T %v %T %v\n", bu8, bu8.Last(), bi64, bi64.Last())
	fmt.Printf("%T %v %T %v\n", bc128, bc128.Last(), bru, bru.Last())

	// mutation through pointer element is shared
	*bptr.items[0] = 7
	fmt.Println(x, *bptr.Last())

	fmt.Println(Describe(1), Describe("a"), Describe(1.0), Describe(Point{}), Describe([]string{"z"}))
	fmt.Println(Describe(Celsius(3)), Describe(int8(3)), Describe(uint(3)), Describe('3'), Describe(true))
	fmt.Println(Describe([1]Point{}), Describe(map[int]bool{1: true}), Describe(struct{}{}), Describe(any(5)))

	fmt.Println(Eq(1, 1), Eq("a", "b"), Eq(Point{1, 2}, Point{1, 2}), Eq(&x, &x), Eq(Celsius(1), 1))
	fmt.Println(Eq([2]int{1, 2}, [2]int{1, 3}), Eq(struct{ A string }{"q"}, struct{ A string }{"q"}), Eq(bi, bi))
}
