// Package slices defines various functions useful with slices of any type.
//
// golite's own source for Go 1.21's package slices (plain Go, generic): no unsafe, no
// builtins newer than Go 1.19.
package slices

import "cmp"

// Equal reports whether two slices are equal: the same length and all
// elements equal. If the lengths are different, Equal returns false.
// Otherwise, the elements are compared in increasing index order, and the
// comparison stops at the first unequal pair.
// Floating point NaNs are not considered equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether two slices are equal using an equality
// function on each pair of elements. If the lengths are different,
// EqualFunc returns false. Otherwise, the elements are compared in
// increasing index order, and the comparison stops at the first index
// for which eq returns false.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements of s1 and s2, using cmp.Compare on each pair
// of elements. The elements are compared sequentially, starting at index 0,
// until one element is not equal to the other.
// The result of comparing the first non-matching elements is returned.
// If both slices are equal until one of them ends, the shorter slice is
// considered less than the longer one.
// The result is 0 if s1 == s2, -1 if s1 < s2, and +1 if s1 > s2.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is like Compare but uses a custom comparison function on each
// pair of elements.
// The result is the first non-zero result of cmp; if cmp always
// returns 0 the result is 0 if len(s1) == len(s2), -1 if len(s1) < len(s2),
// and +1 if len(s1) > len(s2).
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s,
// or -1 if not present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]),
// or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether at least one
// element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v... into s at index i,
// returning the modified slice.
// The elements at s[i:] are shifted up to make room.
// In the returned slice r, r[i] == v[0],
// and r[i+len(v)] == value originally at r[i].
// Insert panics if i is out of range.
// This function is O(len(s) + len(v)).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check: i must be in [0, len(s)]

	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// A new array. Grow it with append (not make) so that its capacity is rounded
		// up to the next size class, as append's growth does.
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	// In place. v may share s's array (even the part past len(s)), so v is first
	// copied (copy handles overlap) into the free room s[n:n+m], which leaves s[:n]
	// untouched, and then rotated down into place:
	//
	//	s[:i] s[i:n] v  ->  s[:i] v s[i:n]
	s = s[:n+m]
	copy(s[n:], v)
	rotateRight(s[i:], m)
	return s
}

// Delete removes the elements s[i:j] from s, returning the modified slice.
// Delete panics if s[i:j] is not a valid slice of s.
// Delete is O(len(s)-j), so if many items must be deleted, it is better to
// make a single call deleting them all together than to delete one at a time.
// Delete might not modify the elements s[len(s)-(j-i):len(s)]. If those
// elements contain pointers you might consider zeroing those elements so that
// objects they reference can be garbage collected.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j] // bounds check

	return append(s[:i], s[j:]...)
}

// DeleteFunc removes any elements from s for which del returns true,
// returning the modified slice.
// When DeleteFunc removes m elements, it might not modify the elements
// s[len(s)-m:len(s)]. If those elements contain pointers you might consider
// zeroing those elements so that objects they reference can be garbage
// collected.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	// Nothing is written until the first element to delete is found.
	i := IndexFunc(s, del)
	if i < 0 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	return s[:i]
}

// Replace replaces the elements s[i:j] by the given v, and returns the
// modified slice. Replace panics if s[i:j] is not a valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // verify that i:j is a valid subslice

	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		return append(s[:i], v...)
	}

	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		// Too large to fit in place: build the result in a new array.
		r := append(s[:i], make(S, tot-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		return r
	}

	r := s[:tot]
	if i+len(v) <= j {
		// Shrinking (or same size): v fits in the old s[i:j]. Copying it there writes
		// only below j, so a v inside s[j:] is read before the tail moves down.
		copy(r[i:], v)
		if i+len(v) != j {
			copy(r[i+len(v):], s[j:])
		}
		return r
	}

	// Growing in place. Moving the tail s[j:] up could overwrite v if v shares s's
	// array, and golite has no unsafe to tell whether it does, so v is saved first.
	saved := make(S, len(v))
	copy(saved, v)
	copy(r[i+len(v):], s[j:])
	copy(r[i:], saved)
	return r
}

// Clone returns a copy of the slice.
// The elements are copied using assignment, so this is a shallow clone.
// The result of Clone of a nil slice is nil.
func Clone[S ~[]E, E any](s S) S {
	// s[:0:0] keeps nil a nil (and an empty non-nil slice non-nil).
	return append(s[:0:0], s...)
}

// Compact replaces consecutive runs of equal elements with a single copy.
// This is like the uniq command found on Unix.
// Compact modifies the contents of the slice s and returns the modified slice,
// which may have a smaller length.
// When Compact discards m elements in total, it might not modify the elements
// s[len(s)-m:len(s)]. If those elements contain pointers you might consider
// zeroing those elements so that objects they reference can be garbage collected.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	// s[k-1] is never overwritten before s[k] is compared with it (writes go to
	// s[w] with w < k-1), so each element is compared with its original neighbour.
	w := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if w != k {
				s[w] = s[k]
			}
			w++
		}
	}
	return s[:w]
}

// CompactFunc is like Compact but uses an equality function to compare elements.
// For runs of elements that compare equal, CompactFunc keeps the first one.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if w != k {
				s[w] = s[k]
			}
			w++
		}
	}
	return s[:w]
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements. After Grow(n), at least n elements can be appended
// to the slice without another allocation. If n is negative or too large to
// allocate the memory, Grow panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// rotateRight rotates s right by r places: the last r elements move to the front,
// in order (0 <= r <= len(s)).
func rotateRight[E any](s []E, r int) {
	rotateLeft(s, len(s)-r)
}

// rotateLeft rotates s left by r places: the first r elements move to the end, in
// order (0 <= r <= len(s)). It swaps blocks: the shorter of the two parts trades places
// with the same number of elements at the far end, which puts those in their final
// places, and the rest is a smaller rotation of the same kind.
func rotateLeft[E any](s []E, r int) {
	for r != 0 && r != len(s) {
		if 2*r <= len(s) {
			// s = A B C, len(A) = len(C) = r: C B A; A is done, rotate C B by r.
			swapBlocks(s[:r], s[len(s)-r:])
			s = s[:len(s)-r]
		} else {
			// s = A B C, len(A) = len(C) = len(s)-r: C B A; C is done, rotate B A.
			k := len(s) - r
			swapBlocks(s[:k], s[r:])
			s, r = s[k:], r-k
		}
	}
}

// swapBlocks exchanges the elements of x and y, which have the same length and do
// not overlap.
func swapBlocks[E any](x, y []E) {
	for i := range x {
		x[i], y[i] = y[i], x[i]
	}
}
