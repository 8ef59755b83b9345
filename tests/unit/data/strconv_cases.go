//go:build ignore

// Generates strconv_cases.txt, Go 1.19's answers for the float formatting and parsing and
// the quoting cases that tests/unit/test_strconv.cpp checks golite's strconv against:
//
//	ftoa BITS FMT PREC BITSIZE "result"     (BITS: the float64's bits in hex)
//	atof "input" BITSIZE BITS STATUS        (STATUS: ok, syntax or range)
//	quote "input" "Quote" "QuoteToASCII" "QuoteToGraphic"
//	quoterune RUNE "QuoteRune" "QuoteRuneToASCII"
//	unquote "input" OK "result"
//
// Regenerate with: go run tests/unit/data/strconv_cases.go > tests/unit/data/strconv_cases.txt
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(7))
	var floats []float64
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e20, 1e-7, 123456789, 1e23,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		0.000001, 0.00001, 100, 1e6, 999999.5, 9.5, 0.05, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 1 << 53, 1<<53 + 1,
		float64(float32(0.1)), float64(math.MaxFloat32), 3.4028235e38, 1e-45, 7.006492321624086e-46}
	floats = append(floats, special...)
	for i := 0; i < 60; i++ {
		floats = append(floats, math.Float64frombits(r.Uint64()))
		floats = append(floats, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
		floats = append(floats, float64(r.Intn(100000))/float64(1+r.Intn(1000)))
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 25}
	for i, f := range floats {
		for _, bits := range []int{64, 32} {
			for j, c := range fmts {
				for k, p := range precs {
					// A deterministic sample of the cross product keeps the file small.
					if (i < len(special) && (i+j+k)%2 == 0) || (i+j+k)%11 == 0 || (p == -1 && (i+j)%3 == 0) {
						fmt.Printf("ftoa %x %c %d %d %q\n", math.Float64bits(f), c, p, bits, strconv.FormatFloat(f, c, p, bits))
					}
				}
			}
		}
	}
	inputs := []string{"1", "-1", "+1", "0", "-0", "1.5", ".5", "5.", ".", "", "1e10", "1E-10", "1e", "1e+", "1e-400",
		"1e400", "-1e400", "0x1p-2", "0x1.8p1", "0x1.8", "0X1P+3", "0x_1p0", "1_000", "1__0", "_1", "1_", "inf", "+Inf",
		"-infinity", "infinit", "nan", "NaN", "+nan", "-nan", " 1", "1 ", "0.1", "3.4028236e38", "3.4028235e38",
		"1e-50", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
		"123456789012345678901234567890", "0.000000000000000000000000000000000000000000001", "1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
		"0x1.fffffffffffffp1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "1e1000000000000", "0e1000000", "00012", "0x", "0x1", "1p5", "0b101", "0o17",
		"1.5e+3_0", "12.34e5_6", "0.5e-"}
	for _, s := range inputs {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			status := "ok"
			if err != nil {
				if errors.Is(err, strconv.ErrRange) {
					status = "range"
				} else {
					status = "syntax"
				}
			}
			fmt.Printf("atof %q %d %x %s\n", s, bits, math.Float64bits(f), status)
		}
	}
	strs := []string{"", "hello", "a\tb\nc\rd\ae\bf\fg\vh", "\"quoted\" 'single' \\back\\", "\x00\x01\x1f\x7f", "\xff\xfe", "héllo 世界",
		"\u00a0\u2000\u3000", "\u200b\ufeff", "\U0001F600 emoji", "\u0378", "\U000E0001", "\xed\xa0\x80", "`raw`", "\u0085", "\U0010FFFF", "\xf4\x90\x80\x80"}
	for _, s := range strs {
		fmt.Printf("quote %q %q %q %q\n", s, strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
		fmt.Printf("backquote %q %v\n", s, strconv.CanBackquote(s))
	}
	for _, c := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 0x263a, 0xfeff, 0x1F600, 0xD800, 0x110000, -1, 0x10FFFF, 0xE0001} {
		fmt.Printf("quoterune %d %q %q\n", c, strconv.QuoteRune(c), strconv.QuoteRuneToASCII(c))
	}
	for _, s := range []string{`"abc"`, `"a\tb"`, `'a'`, `'ab'`, "`raw\\n`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"\400"`, `"\xZZ"`, `"unterminated`, `"a"b"`,
		`""`, `''`, `'\''`, `"\'"`, `'\"'`, "\"a\nb\"", `"\ud800"`, `"é"`, `'é'`, `"\xff"`, "\"\xff\"", "'\xff'", `abc`, "`a`b`", `"\`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("unquote %q %v %q\n", s, err == nil, u)
	}
}
