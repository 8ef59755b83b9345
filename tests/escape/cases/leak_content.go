package main

var gp *int

var gs string

// The slice itself stays with the caller, what it holds leaks: leaking param content.
func storeFirst(s []*int) { gp = s[0] }

func storeField(b *struct{ p *int }) { gp = b.p }

func storeStr(ss []string) { gs = ss[0] }

func main() {
	x, y := 1, 2
	storeFirst([]*int{&x})
	a := *gp
	storeField(&struct{ p *int }{&y})
	storeStr([]string{"s"})
	println(a, *gp, gs)
}
