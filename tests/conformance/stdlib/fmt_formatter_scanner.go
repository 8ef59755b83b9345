// fmt's Formatter, State, GoStringer, Scanner and ScanState: Printf hands a Formatter a
// State with Write, Width, Precision and Flag; Sscan, Sscanf, Sscanln and Fscan hand a
// Scanner a ScanState with ReadRune, UnreadRune, SkipSpace, Token, Width and Read.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// point formats itself, reporting what the State says.
type point struct{ x, y int }

func (p point) Format(f fmt.State, verb rune) {
	// Width and precision only when set: unset, their values are unspecified.
	w, wok := f.Width()
	if !wok {
		w = -1
	}
	pr, pok := f.Precision()
	if !pok {
		pr = -1
	}
	flags := ""
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v flags=%q (%d,%d)]", verb, w, wok, pr, pok, flags, p.x, p.y)
}

type gs struct{ n int }

func (g gs) GoString() string { return fmt.Sprintf("gs(%d)", g.n) }
func (g gs) String() string   { return "gs-string" }

// word scans a run of letters with Token.
type word string

func (w *word) Scan(s fmt.ScanState, verb rune) error {
	tok, err := s.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no word")
	}
	*w = word(strings.ToUpper(string(tok)))
	return nil
}

// digits reads runes one at a time, honouring the width.
type digits struct {
	s    string
	verb rune
	wid  int
	ok   bool
}

func (d *digits) Scan(s fmt.ScanState, verb rune) error {
	d.verb = verb
	d.wid, d.ok = s.Width()
	s.SkipSpace()
	for {
		r, size, err := s.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if size != 1 {
			return fmt.Errorf("size %d", size)
		}
		if r < '0' || r > '9' {
			s.UnreadRune()
			break
		}
		d.s += string(r)
	}
	if d.s == "" {
		return errors.New("expected digits")
	}
	return nil
}

// eofer always fails with io.EOF: the scan reports io.ErrUnexpectedEOF.
type eofer struct{}

func (eofer) Scan(s fmt.ScanState, verb rune) error { return io.EOF }

// reader checks that Read is refused.
type reader struct{ err error }

func (r *reader) Scan(s fmt.ScanState, verb rune) error {
	_, r.err = s.Read(make([]byte, 4))
	return nil
}

// pair scans two ints from its own ScanState with Fscan.
type pair struct{ a, b int }

func (p *pair) Scan(s fmt.ScanState, verb rune) error {
	_, err := fmt.Fscan(s, &p.a, &p.b)
	return err
}

func main() {
	p := point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+8.3x\n", p)
	fmt.Printf("%-#d|% 05s\n", p, p)
	fmt.Println(p)
	fmt.Printf("%T %p\n", p, nil)
	fmt.Printf("%v %+v %#v %s\n", gs{3}, gs{3}, gs{3}, []gs{{1}, {2}})
	fmt.Printf("%#v\n", map[string]gs{"a": {7}})

	var w1, w2 word
	var n int
	c, err := fmt.Sscan("  hello   42 world", &w1, &n, &w2)
	fmt.Println(c, err, w1, n, w2)

	var d digits
	c, err = fmt.Sscanf("12345678", "%3v", &d)
	fmt.Println(c, err, d.s, string(d.verb), d.wid, d.ok)
	var d2 digits
	c, err = fmt.Sscan("  987x", &d2)
	fmt.Println(c, err, d2.s, string(d2.verb), d2.wid, d2.ok)
	var d3 digits
	c, err = fmt.Sscanf("abc", "%d", &d3)
	fmt.Println(c, err)

	var w3 word
	c, err = fmt.Sscan("123", &w3)
	fmt.Println(c, err)
	c, err = fmt.Sscan("", &w3)
	fmt.Println(c, err)
	c, err = fmt.Sscan("x", eofer{})
	fmt.Println(c, err == io.ErrUnexpectedEOF, err)

	var r reader
	c, err = fmt.Sscan("x", &r)
	fmt.Println(c, err, r.err)

	// Scanln: SkipSpace meets the newline.
	var w4, w5 word
	c, err = fmt.Sscanln("one\ntwo", &w4, &w5)
	fmt.Println(c, err, w4)

	var pr pair
	var tail string
	c, err = fmt.Sscan("3 4 rest", &pr, &tail)
	fmt.Println(c, err, pr, tail)

	// Through an io.Reader that is not a RuneScanner.
	var w6 word
	var d4 digits
	c, err = fmt.Fscan(io.MultiReader(strings.NewReader("abc "), strings.NewReader("77")), &w6, &d4)
	fmt.Println(c, err, w6, d4.s)

	// A panic in Scan that is not a scan error goes on.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("x", panicker{})
	}()
}

type panicker struct{}

func (panicker) Scan(s fmt.ScanState, verb rune) error { panic("boom") }
