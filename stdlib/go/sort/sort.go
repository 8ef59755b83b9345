// Package sort: declarations for golite (Go 1.19 API subset). Bodyless functions are native.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort, Stable, Slice, SliceStable, Ints, Float64s and Strings are natives running Go's own
// algorithms (pdqsort; insertion sort + SymMerge for the stable ones) in C++, calling Less
// and Swap in the same order Go does (stdlib/sort.cpp).

// Sort sorts data in ascending order as determined by the Less method. It is not stable.
func Sort(data Interface)

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface)

// Slice sorts the slice x given the provided less function. It is not stable.
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x using the provided less function, keeping equal elements
// in their original order.
func SliceStable(x any, less func(i, j int) bool)

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen is len(x) for a slice x of any type (it panics as reflect does otherwise).
func sliceLen(x any) int

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of another Interface
	// implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

func IntsAreSorted(x []int) bool            { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool    { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool      { return IsSorted(StringSlice(x)) }
func (x IntSlice) Sort()                    { Sort(x) }
func (x Float64Slice) Sort()                { Sort(x) }
func (x StringSlice) Sort()                 { Sort(x) }
func (p IntSlice) Search(x int) int         { return SearchInts(p, x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }
func (p StringSlice) Search(x string) int   { return SearchStrings(p, x) }

// Search uses binary search to find and return the smallest index i in [0, n) at which
// f(i) is true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if !f(h) {
			i = h + 1 // preserves f(i-1) == false
		} else {
			j = h // preserves f(j) == true
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0, n) at which
// cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
