// GC torture: interior pointers keep whole objects alive. The only reference left to each
// object points into its middle or end: a pointer to a struct field, to an array element
// (&arr[500], the last element, an element of a multi-page large array), a subslice
// s[900:901] (re-extended to its capacity to read the neighbours), a pointer to a field
// of a struct in a slice, a substring of a big string built at run time, interior
// pointers held in an interface, in a closure and in a map. After the original
// references are dropped, garbage of the same sizes is allocated (and overwritten with
// another pattern) and collections forced; then every referenced value is checked.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type Inner struct {
	x, y int
	tag  string
}

type Rec struct {
	head  [50]int
	mid   int
	name  string
	inner Inner
	arr   [20]Inner
	tail  [50]int
	last  int
}

func newRec(id int) *Rec {
	r := &Rec{mid: id * 7, name: "rec" + strconv.Itoa(id), last: id * 11}
	for i := range r.head {
		r.head[i] = id + i
		r.tail[i] = id - i
	}
	r.inner = Inner{x: id, y: -id, tag: "inner" + strconv.Itoa(id)}
	for i := range r.arr {
		r.arr[i] = Inner{x: id * i, y: i, tag: strconv.Itoa(id) + ":" + strconv.Itoa(i)}
	}
	return r
}

type Item struct {
	id   int
	name string
}

// overwrite allocates objects of sizes around the dropped ones and fills them with 0xff
// bytes and fresh pointers, so a slot freed too early would be visibly reused; forces
// collections in between.
var hold [][]byte
var holdPtrs [][]*Item

func overwrite(rounds int) {
	sizes := []int{16, 24, 48, 64, 128, 640, 1024, 2000, 4096, 8000, 8192, 16384, 33000, 70000,
		1 << 20, 2 << 20}
	for r := 0; r < rounds; r++ {
		hold = nil
		holdPtrs = nil
		for k := 0; k < 4; k++ {
			for _, sz := range sizes {
				b := make([]byte, sz)
				for i := range b {
					b[i] = 0xff
				}
				hold = append(hold, b)
				p := make([]*Item, sz/8)
				for i := 0; i < len(p); i += 7 {
					p[i] = &Item{id: -1, name: "garbage"}
				}
				holdPtrs = append(holdPtrs, p)
			}
		}
		for i := 0; i < 2000; i++ {
			hold = append(hold, []byte(strings.Repeat("z", i%300+1)))
		}
		runtime.GC()
	}
	hold = nil
	holdPtrs = nil
	runtime.GC()
}

// Each maker builds an object, keeps only an interior pointer to it, and returns that.

func fieldPtrs(id int) (*int, *string, *Inner, *int, *string) {
	r := newRec(id)
	return &r.mid, &r.name, &r.inner, &r.last, &r.arr[13].tag
}

func arrayElem() (*int, *int, *int) {
	a := new([1000]int)
	for i := range a {
		a[i] = i*i + 1
	}
	return &a[500], &a[999], &a[0]
}

func largeArrayElem() (*int64, *int64) {
	a := make([]int64, 300000) // 2.4 MB: a large object over many pages
	for i := range a {
		a[i] = int64(i) * 3
	}
	return &a[150000], &a[299999]
}

func subslice() []int {
	s := make([]int, 1000)
	for i := range s {
		s[i] = i * 5
	}
	return s[900:901]
}

func ptrSubslice() []*Item {
	s := make([]*Item, 1000)
	for i := range s {
		s[i] = &Item{id: i, name: "item" + strconv.Itoa(i)}
	}
	return s[500:501]
}

func structSliceField() *string {
	s := make([]Inner, 300)
	for i := range s {
		s[i] = Inner{x: i, y: i * 2, tag: "s" + strconv.Itoa(i)}
	}
	return &s[271].tag
}

func substrings() (string, string, string) {
	big := strings.Repeat("abcdefghij", 100000) + strconv.Itoa(123456789)
	b := []byte(big)
	for i := 0; i < len(b); i += 1000 {
		b[i] = 'A' + byte(i/1000%26)
	}
	big2 := string(b)
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString(strconv.Itoa(i))
	}
	big3 := sb.String()
	return big[500000:500010], big2[999000:1000009], big3[40000:40030]
}

func main() {
	mid, name, inner, last, arrTag := fieldPtrs(9)
	e500, e999, e0 := arrayElem()
	l150k, lLast := largeArrayElem()
	sub := subslice()
	psub := ptrSubslice()
	sfield := structSliceField()
	s1, s2, s3 := substrings()
	var iface any = func() *int { a := make([]int, 64); a[40] = 4040; return &a[40] }()
	clo := func() func() int {
		r := newRec(77)
		p := &r.arr[19]
		return func() int { return p.x + p.y }
	}()
	m := map[string]*Inner{}
	for i := 0; i < 50; i++ {
		r := newRec(100 + i)
		m[strconv.Itoa(i)] = &r.arr[i%20]
	}

	overwrite(3)

	fmt.Println("struct fields:", *mid, *name, inner.x, inner.y, inner.tag, *last, *arrTag)
	fmt.Println("array elements:", *e500, *e999, *e0)
	fmt.Println("large array elements:", *l150k, *lLast)
	full := sub[:cap(sub)]
	sum := 0
	for i, v := range full {
		if v != (900+i)*5 {
			fmt.Println("bad neighbour", i)
		}
		sum += v
	}
	fmt.Println("subslice:", sub[0], len(sub), cap(sub), len(full), sum)
	pfull := psub[:cap(psub)]
	pbad := 0
	for i, it := range pfull {
		if it == nil || it.id != 500+i || it.name != "item"+strconv.Itoa(500+i) {
			pbad++
		}
	}
	fmt.Println("pointer subslice:", psub[0].id, psub[0].name, len(pfull), "bad", pbad)
	fmt.Println("struct slice field:", *sfield)
	fmt.Println("substrings:", s1, len(s2), s2[:12], s2[len(s2)-12:], s3)
	fmt.Println("interface:", *iface.(*int))
	fmt.Println("closure:", clo())
	msum := 0
	for i := 0; i < 50; i++ {
		in := m[strconv.Itoa(i)]
		if in.tag != strconv.Itoa(100+i)+":"+strconv.Itoa(i%20) {
			fmt.Println("bad map value", i)
		}
		msum += in.x + in.y
	}
	fmt.Println("map values:", msum)

	// write through the interior pointers, collect and overwrite again, read back
	*mid += 1
	*name += "!"
	*e500 = -500
	sub[0] = -900
	full[99] = -999
	psub[0].name = "changed"
	overwrite(2)
	fmt.Println("after writes:", *mid, *name, *e500, *e999, sub[0], full[98], full[99], psub[0].name,
		pfull[99].name)
	fmt.Println("again:", *l150k, *lLast, s1, s3, *sfield, inner.tag, *arrTag, clo())
}
