package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d}", m.Cents)
			return
		}
		w, ok := f.Width()
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if ok && len(s) < w {
			if f.Flag('-') {
				s = s + strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		f.Write([]byte(s))
	case 'd':
		p, ok := f.Precision()
		fmt.Fprintf(f, "%d(p=%d,%v)", m.Cents, p, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Boom struct{}

func (Boom) Format(f fmt.State, verb rune) { panic("format failed") }

func main() {
	m := Money{12345}
	fmt.Println(m, []Money{{1}, {250}})
	fmt.Printf("[%v] [%+v] [%10v] [%-10s] [%.3d] [%x]\n", m, m, m, m, m, m)
	fmt.Printf("%v\n", struct{ M Money }{m})
	fmt.Println(fmt.Sprint(m), Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
}
