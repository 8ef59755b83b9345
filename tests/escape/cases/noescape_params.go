package main

type Vec struct{ X, Y, Z int }

// Pointer, slice, map and string parameters that are only read do not escape.
func dot(a, b *Vec) int { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

func total(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func lookup(m map[string]int, k string) int { return m[k] }

func length(s string) int { return len(s) }

func scale(v *Vec, k int) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func main() {
	a := Vec{1, 2, 3}
	b := Vec{4, 5, 6}
	scale(&a, 2)
	m := map[string]int{"k": 7}
	println(dot(&a, &b), total([]int{1, 2}), lookup(m, "k"), length("abc"))
}
