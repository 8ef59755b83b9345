package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	IDENT
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "IDENT"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Num  float64
}

func (t Token) String() string {
	if t.Kind == NUM {
		return fmt.Sprintf("%v(%g)", t.Kind, t.Num)
	}
	return fmt.Sprintf("%v(%s)", t.Kind, t.Text)
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", s[i:j], i)
			}
			toks = append(toks, Token{NUM, s[i:j], v})
			i = j
		case strings.ContainsRune("+-*/%^", rune(c)):
			toks = append(toks, Token{OP, string(c), 0})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", 0})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", 0})
			i++
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{IDENT, s[i:j], 0})
			i = j
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var errEOF = errors.New("unexpected end of input")

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() (float64, error) {
	l, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Text == "+" {
			l += r
		} else {
			l -= r
		}
	}
	return l, nil
}

func (p *Parser) term() (float64, error) {
	l, err := p.power()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && t.Kind == OP && strings.Contains("*/%", t.Text); t = p.peek() {
		p.pos++
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "*":
			l *= r
		case "/":
			if r == 0 {
				return 0, errors.New("division by zero")
			}
			l /= r
		case "%":
			l = float64(int(l) % int(r))
		}
	}
	return l, nil
}

func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil {
		return 0, err
	}
	if t := p.peek(); t != nil && t.Kind == OP && t.Text == "^" {
		p.pos++
		exp, err := p.power()
		if err != nil {
			return 0, err
		}
		r := 1.0
		for i := 0; i < int(exp); i++ {
			r *= base
		}
		return r, nil
	}
	return base, nil
}

func (p *Parser) unary() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errEOF
	}
	if t.Kind == OP && t.Text == "-" {
		p.pos++
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errEOF
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return t.Num, nil
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("unknown variable %s", t.Text)
		}
		return v, nil
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %v", *t)
}

func eval(s string, vars map[string]float64) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr()
	if err != nil {
		return 0, err
	}
	if p.pos != len(toks) {
		return 0, fmt.Errorf("trailing tokens starting at %v", toks[p.pos])
	}
	return v, nil
}

func main() {
	toks, _ := tokenize("3 + x*(2.5 - 1)")
	fmt.Println(toks)
	vars := map[string]float64{"x": 4, "pi": 3.14159}
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2",
		"x * x - 2*x + 1", "2 * pi * x", "((((1))))", "1 / 0", "2 +", "(3 + 4", "3 $ 4", "y + 1", "1 2", "1.2.3"} {
		v, err := eval(e, vars)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", e, err)
		} else {
			fmt.Printf("%-18s = %g\n", e, v)
		}
	}
}
