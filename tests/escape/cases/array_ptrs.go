package main

var ga [2]*int

// Arrays are values: storing one with pointers in a global moves the pointees.
func store(x, y int) { ga = [2]*int{&x, &y} }

func local(x, y int) int {
	a := [2]*int{&x, &y}
	return *a[0] + *a[1]
}

func arrayParam(a [3]int) int { return a[0] + a[1] + a[2] }

func arrayPtrParam(a *[3]int) int { return a[2] }

func main() {
	store(1, 2)
	arr := [3]int{4, 5, 6}
	println(*ga[0], *ga[1], local(3, 4), arrayParam(arr), arrayPtrParam(&arr))
}
