package main

type Pair struct{ a, b *int }

// A struct holding pointers: returning it makes the pointees escape.
func pair(x, y int) Pair { return Pair{&x, &y} }

// A struct of pointers used locally keeps them in the frame.
func sumPair(x, y int) int {
	p := Pair{&x, &y}
	return *p.a + *p.b
}

type List struct{ items []int }

func (l *List) Push(v int) { l.items = append(l.items, v) }

func fill() int {
	l := List{}
	l.Push(1)
	l.Push(2)
	return len(l.items)
}

func main() {
	p := pair(3, 4)
	println(*p.a, *p.b, sumPair(5, 6), fill())
}
