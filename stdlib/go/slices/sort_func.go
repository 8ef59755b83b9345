package slices

// Sorting with a comparison function: SortFunc (pattern-defeating quicksort) and
// SortStableFunc (insertion-sorted blocks merged with SymMerge).
//
// These follow the algorithms of Go's sort package step by step (the same comparisons
// on the same elements, the same exchanges, the same deterministic "random" choices),
// so that a slice with equal elements ends up in the same order as under go, and a cmp
// with side effects sees the same calls. sort_ordered.go is the same code for Sort, with
// cmpLess in place of cmp(a, b) < 0; the helpers that do not compare are in sort.go.

// insertionSortCmpFunc sorts data[a:b] by insertion.
func insertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(data[j], data[j-1]) < 0; j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDownCmpFunc restores the max-heap property of the heap data[first+lo:first+hi]
// (node k at data[first+k], children 2k+1 and 2k+2) below node lo.
func siftDownCmpFunc[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(data[first+child], data[first+child+1]) < 0 {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

// heapSortCmpFunc sorts data[a:b] with heapsort: pdqsort's fallback after too many bad
// pivots, which bounds the whole sort to O(n log n).
func heapSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	first := a
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownCmpFunc(data, i, hi, first, cmp)
	}
	// The largest element is at the root: move it behind the shrinking heap.
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownCmpFunc(data, 0, i, first, cmp)
	}
}

// pdqsortCmpFunc sorts data[a:b] with pattern-defeating quicksort (Orson Peters,
// https://arxiv.org/pdf/2106.05123.pdf), without BlockQuicksort's partitioning.
// limit is how many very unbalanced partitions are still allowed before the range is
// heapsorted instead.
func pdqsortCmpFunc[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	const maxInsertion = 12

	balanced := true    // was the last partition reasonably balanced?
	partitioned := true // was the range already partitioned around the last pivot?

	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortCmpFunc(data, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSortCmpFunc(data, a, b, cmp)
			return
		}
		if !balanced {
			// A lopsided split last time: shuffle a few elements so that the same
			// pattern does not cost another one.
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivotCmpFunc(data, a, b, cmp)
		if hint == decreasingHint {
			// The samples were strictly decreasing: the range probably is too.
			// Reverse it; the pivot moves to the mirrored index.
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}

		// Probably already sorted: try to finish with a few insertion steps.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSortCmpFunc(data, a, b, cmp) {
				return
			}
		}

		// data[a-1] (the pivot of an enclosing partition) is <= everything here. If it
		// is not less than this pivot, they are equal and so is every element equal to
		// the pivot: put those first and go on with the rest only.
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			a = partitionEqualCmpFunc(data, a, b, pivot, cmp)
			continue
		}

		mid, already := partitionCmpFunc(data, a, b, pivot, cmp)
		partitioned = already

		// Recurse into the smaller side, loop on the larger one.
		left, right := mid-a, b-mid
		threshold := length / 8
		if left < right {
			balanced = left >= threshold
			pdqsortCmpFunc(data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsortCmpFunc(data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

// partitionCmpFunc partitions data[a:b] around p = data[pivot]: on return data[mid] = p,
// everything before mid is less than p and nothing after it is. already reports that no
// element had to be exchanged (the range was partitioned).
func partitionCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (mid int, already bool) {
	data[a], data[pivot] = data[pivot], data[a] // the pivot waits at data[a]
	i, j := a+1, b-1                            // data[i..j] (inclusive) is unexamined

	for i <= j && cmp(data[i], data[a]) < 0 {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
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
		for i <= j && cmp(data[i], data[a]) < 0 {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
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

// partitionEqualCmpFunc moves the elements of data[a:b] equal to p = data[pivot] to the
// front and returns where the greater ones start. No element of data[a:b] may be less
// than p.
func partitionEqualCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1

	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && cmp(data[a], data[j]) < 0 {
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

// partialInsertionSortCmpFunc tries to sort a nearly sorted data[a:b] by fixing at most
// a few out-of-order neighbours, and reports whether data[a:b] ended up sorted. Ranges
// shorter than 50 are left alone once a pair out of order is found.
func partialInsertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
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
				if !(cmp(data[k], data[k-1]) < 0) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
		// ... and float the greater one to the right.
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !(cmp(data[k], data[k-1]) < 0) {
					break
				}
				data[k], data[k-1] = data[k-1], data[k]
			}
		}
	}
	return false
}

// choosePivotCmpFunc picks a pivot index for data[a:b]: the element at a quarter of the
// way for fewer than 8 elements, the median of three samples (at 1/4, 2/4, 3/4) from 8
// on, Tukey's ninther (the median of three medians of adjacent triples) from 50 on. The
// hint says whether all the sample comparisons found them increasing, or all found them
// decreasing.
func choosePivotCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) (int, sortedHint) {
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
			i = medianAdjacentCmpFunc(data, i, &swaps, cmp)
			j = medianAdjacentCmpFunc(data, j, &swaps, cmp)
			k = medianAdjacentCmpFunc(data, k, &swaps, cmp)
		}
		j = medianCmpFunc(data, i, j, k, &swaps, cmp)
	}

	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2CmpFunc returns a and b ordered so that data[first] <= data[second], counting
// in *swaps when they had to be exchanged.
func order2CmpFunc[E any](data []E, a, b int, swaps *int, cmp func(a, b E) int) (int, int) {
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		return b, a
	}
	return a, b
}

// medianCmpFunc returns whichever of a, b, c indexes the median of the three elements.
func medianCmpFunc[E any](data []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	a, b = order2CmpFunc(data, a, b, swaps, cmp)
	b, c = order2CmpFunc(data, b, c, swaps, cmp)
	_, b = order2CmpFunc(data, a, b, swaps, cmp)
	return b
}

// medianAdjacentCmpFunc returns the index of the median of data[a-1], data[a], data[a+1].
func medianAdjacentCmpFunc[E any](data []E, a int, swaps *int, cmp func(a, b E) int) int {
	return medianCmpFunc(data, a-1, a, a+1, swaps, cmp)
}

// stableCmpFunc sorts data[:n] stably: blocks of 20 by insertion sort, then merges of
// neighbouring runs of doubling size with SymMerge, all in place.
func stableCmpFunc[E any](data []E, n int, cmp func(a, b E) int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortCmpFunc(data, a, b, cmp)
		a = b
		b += blockSize
	}
	insertionSortCmpFunc(data, a, n, cmp)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeCmpFunc(data, a, a+blockSize, b, cmp)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeCmpFunc(data, a, m, n, cmp)
		}
		blockSize *= 2
	}
}

// symMergeCmpFunc merges the sorted runs data[a:m] and data[m:b] stably and in place
// with SymMerge (Pok-Son Kim and Arne Kutzner, "Stable Minimum Storage Merging by
// Symmetric Comparisons", ESA 2004). It needs a < m < b.
func symMergeCmpFunc[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		// One element on the left: binary-search the first i in [m, b) with
		// data[i] >= data[a] and move data[a] to just before it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(data[h], data[a]) < 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// One element on the right: binary-search the first i in [a, m) with
		// data[i] > data[m] and move data[m] there.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}

	// Find the split: the smallest start such that data[start:m] and
	// data[m:end] (end = mid+m-start) are to be exchanged, searching symmetrically
	// around mid.
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeCmpFunc(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMergeCmpFunc(data, mid, end, b, cmp)
	}
}
