package slices

import "cmp"

// Sort's pattern-defeating quicksort: sort_func.go's pdqsortCmpFunc with cmpLess(a, b)
// (a NaN sorts before everything else) in place of cmp(a, b) < 0, step for step.

// insertionSortOrdered sorts data[a:b] by insertion.
func insertionSortOrdered[E cmp.Ordered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmpLess(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownOrdered restores the max-heap property of the heap data[first+lo:first+hi]
// (node k at data[first+k], children 2k+1 and 2k+2) below node lo.
func siftDownOrdered[E cmp.Ordered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmpLess(data[first+child], data[first+child+1]) {
			child++
		}
		if !cmpLess(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

// heapSortOrdered sorts data[a:b] with heapsort: pdqsort's fallback after too many bad
// pivots, which bounds the whole sort to O(n log n).
func heapSortOrdered[E cmp.Ordered](data []E, a, b int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, hi, first)
	}
	// The largest element is at the root: move it behind the shrinking heap.
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownOrdered(data, 0, i, first)
	}
}

// pdqsortOrdered sorts data[a:b] with pattern-defeating quicksort (Orson Peters,
// https://arxiv.org/pdf/2106.05123.pdf), without BlockQuicksort's partitioning.
// limit is how many very unbalanced partitions are still allowed before the range is
// heapsorted instead.
func pdqsortOrdered[E cmp.Ordered](data []E, a, b, limit int) {
	const maxInsertion = 12

	balanced := true    // was the last partition reasonably balanced?
	partitioned := true // was the range already partitioned around the last pivot?

	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		if !balanced {
			// A lopsided split last time: shuffle a few elements so that the same
			// pattern does not cost another one.
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == decreasingHint {
			// The samples were strictly decreasing: the range probably is too.
			// Reverse it; the pivot moves to the mirrored index.
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}

		// Probably already sorted: try to finish with a few insertion steps.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}

		// data[a-1] (the pivot of an enclosing partition) is <= everything here. If it
		// is not less than this pivot, they are equal and so is every element equal to
		// the pivot: put those first and go on with the rest only.
		if a > 0 && !cmpLess(data[a-1], data[pivot]) {
			a = partitionEqualOrdered(data, a, b, pivot)
			continue
		}

		mid, already := partitionOrdered(data, a, b, pivot)
		partitioned = already

		// Recurse into the smaller side, loop on the larger one.
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			balanced = left >= threshold
			pdqsortOrdered(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsortOrdered(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partitionOrdered partitions data[a:b] around p = data[pivot]: on return data[mid] = p,
// everything before mid is less than p and nothing after it is. already reports that no
// element had to be exchanged (the range was partitioned).
func partitionOrdered[E cmp.Ordered](data []E, a, b, pivot int) (mid int, already bool) {
	data[a], data[pivot] = data[pivot], data[a] // the pivot waits at data[a]
	i, j := a+1, b-1                            // data[i..j] (inclusive) is unexamined

	for i <= j && cmpLess(data[i], data[a]) {
		i++
	}
	for i <= j && !cmpLess(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--

	for {
		for i <= j && cmpLess(data[i], data[a]) {
			i++
		}
		for i <= j && !cmpLess(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqualOrdered moves the elements of data[a:b] equal to p = data[pivot] to the
// front and returns where the greater ones start. No element of data[a:b] may be less
// than p.
func partitionEqualOrdered[E cmp.Ordered](data []E, a, b, pivot int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1

	for {
		for i <= j && !cmpLess(data[a], data[i]) {
			i++
		}
		for i <= j && cmpLess(data[a], data[j]) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// partialInsertionSortOrdered tries to sort a nearly sorted data[a:b] by fixing at most
// a few out-of-order neighbours, and reports whether data[a:b] ended up sorted. Ranges
// shorter than 50 are left alone once a pair out of order is found.
func partialInsertionSortOrdered[E cmp.Ordered](data []E, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !cmpLess(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]

		// Sink the smaller of the pair to the left ...
		if i-a >= 2 {
			// The bound is 1 rather than a, as in Go (the same comparisons): below a
			// sit pivots no greater than anything here, so the walk stops at a anyway.
			for k := i - 1; k >= 1; k-- {
				if !cmpLess(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		// ... and float the greater one to the right.
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !cmpLess(data[k], data[k-1]) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

// choosePivotOrdered picks a pivot index for data[a:b]: the element at a quarter of the
// way for fewer than 8 elements, the median of three samples (at 1/4, 2/4, 3/4) from 8
// on, Tukey's ninther (the median of three medians of adjacent triples) from 50 on. The
// hint says whether all the sample comparisons found them increasing, or all found them
// decreasing.
func choosePivotOrdered[E cmp.Ordered](data []E, a, b int) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3

	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentOrdered(data, i, &swaps)
			j = medianAdjacentOrdered(data, j, &swaps)
			k = medianAdjacentOrdered(data, k, &swaps)
		}
		j = medianOrdered(data, i, j, k, &swaps)
	}

	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2Ordered returns a and b ordered so that data[first] <= data[second], counting
// in *swaps when they had to be exchanged.
func order2Ordered[E cmp.Ordered](data []E, a, b int, swaps *int) (int, int) {
	if cmpLess(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

// medianOrdered returns whichever of a, b, c indexes the median of the three elements.
func medianOrdered[E cmp.Ordered](data []E, a, b, c int, swaps *int) int {
	a, b = order2Ordered(data, a, b, swaps)
	b, c = order2Ordered(data, b, c, swaps)
	_, b = order2Ordered(data, a, b, swaps)
	return b
}

// medianAdjacentOrdered returns the index of the median of data[a-1], data[a], data[a+1].
func medianAdjacentOrdered[E cmp.Ordered](data []E, a int, swaps *int) int {
	return medianOrdered(data, a-1, a, a+1, swaps)
}
