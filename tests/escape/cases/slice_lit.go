package main

var saved []int

// A slice literal that stays local, one returned, one stored in a global.
func sum() int {
	s := []int{1, 2, 3, 4}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func primes() []int { return []int{2, 3, 5, 7} }

func save() { saved = []int{9, 8} }

func array() int {
	a := [3]int{1, 2, 3}
	return a[0] + a[2]
}

func main() {
	save()
	println(sum(), len(primes()), saved[1], array())
}
