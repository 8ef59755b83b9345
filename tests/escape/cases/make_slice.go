package main

// make with a constant size that stays local lives in the frame; a size known only at
// run time, or a slice that is returned, goes to the heap.
func constant() int {
	s := make([]int, 10)
	for i := range s {
		s[i] = i
	}
	return s[9]
}

func variable(n int) int {
	s := make([]int, n)
	return len(s)
}

func returned() []byte { return make([]byte, 4) }

func withCap(n int) int {
	s := make([]int, 0, 8)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	println(constant(), variable(5), len(returned()), withCap(3))
}
