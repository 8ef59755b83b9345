package main

// Parameters that flow to results: level 0 is the pointer itself, level 1 what it
// points to.
func id(p *int) *int { return p }

func deref(pp **int) *int { return *pp }

type Box struct{ p *int }

func (b *Box) Get() *int { return b.p }

func pick(a, b *int, first bool) *int {
	if first {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2
	px := &x
	b := Box{&y}
	println(*id(&x), *deref(&px), *b.Get(), *pick(&x, &y, false))
}
