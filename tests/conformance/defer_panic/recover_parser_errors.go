package main

import (
	"fmt"
	"strings"
)

// A recursive-descent expression parser that reports errors by panicking with a
// private type and converts them to errors at the API boundary.

type parseError struct {
	pos int
	msg string
}

func (e *parseError) Error() string { return fmt.Sprintf("pos %d: %s", e.pos, e.msg) }

type parser struct {
	src string
	pos int
}

func (p *parser) fail(format string, args ...interface{}) {
	panic(&parseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			v /= d // a runtime error is not a parse error: re-panicked
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')'")
		}
		p.pos++
		return v
	case c >= '0' && c <= '9':
		v := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			v = v*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return v
	case c == 0:
		p.fail("unexpected end of input")
	}
	p.fail("unexpected %q", c)
	return 0
}

func Eval(src string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*parseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	p := &parser{src: src}
	v = p.expr()
	if p.peek() != 0 {
		p.fail("trailing input %q", p.src[p.pos:])
	}
	return v, nil
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4", "7 - ", "8 / 2 x", "10 / (5 - 5)", "42"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("%-14q escaped panic: %v\n", src, r)
				}
			}()
			v, err := Eval(src)
			if err != nil {
				fmt.Printf("%-14q error: %v\n", src, err)
				return
			}
			fmt.Printf("%-14q = %d\n", src, v)
		}()
	}
	fmt.Println(strings.Repeat("-", 10))
}
