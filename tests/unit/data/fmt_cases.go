//go:build ignore

// Generates fmt_cases.txt, the expected output of fmt.Sprintf for the cases that
// tests/unit/test_fmt.cpp replays through golite's formatting engine. Each line is
//
//	args <TAB> quoted format <TAB> quoted result
//
// where args names the operands (comma-separated keys of the values table below, which
// test_fmt.cpp builds identically). Regenerate with:
//
//	go run tests/unit/data/fmt_cases.go > tests/unit/data/fmt_cases.txt
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type T struct {
	A int
	B string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type P int

func (P) String() string { panic("boom") }

type NP struct{ x int }

func (n *NP) String() string { return strconv.Itoa(n.x) }

type G int

func (G) GoString() string { return "G!" }

type U struct {
	T
	P *int
	I any
	E error
	S []int
	m MyInt
	M MyInt
}

type Small struct {
	a int
	b string
}

var values = map[string]any{
	"nil":    nil,
	"i0":     0,
	"i42":    42,
	"ineg":   -42,
	"imin":   math.MinInt64,
	"imax":   math.MaxInt64,
	"i8":     int8(-5),
	"u8":     uint8(200),
	"u16":    uint16(65535),
	"u32":    uint32(4000000000),
	"u64":    uint64(math.MaxUint64),
	"uptr":   uintptr(0x1234),
	"r":      'x',
	"remoji": rune(0x1F600),
	"rbad":   rune(0x110000),
	"f0":     0.0,
	"f1":     1.0,
	"fpi":    math.Pi,
	"fbig":   1e21,
	"fmil":   1000000.0,
	"f1e20":  1e20,
	"fsmall": 1e-5,
	"f1e-4":  0.0001,
	"fneg":   -2.5,
	"fnan":   math.NaN(),
	"finf":   math.Inf(1),
	"fninf":  math.Inf(-1),
	"fnegz":  math.Copysign(0, -1),
	"f32":    float32(0.1),
	"f32b":   float32(16777216.0),
	"f123":   123456789.0,
	"ftiny":  5e-324,
	"fmax":   math.MaxFloat64,
	"fthird": 1.0 / 3,
	"f2_5":   2.5,
	"f0_5":   0.5,
	"f1_005": 1.005,
	"c":      complex(1, -2),
	"c64":    complex64(complex(1.5, 2)),
	"s":      "hello",
	"sempty": "",
	"suni":   "héllo, 世界",
	"sesc":   "a\tb\n\"q\"\x00\xff`",
	"sraw":   "C:\\dir",
	"bt":     true,
	"bf":     false,
	"bs":     []byte("hi"),
	"bsnil":  []byte(nil),
	"sl":     []int{1, 2, 3},
	"slnil":  []int(nil),
	"sls":    []string{"a", "b c"},
	"ar":     [3]int{1, 2, 3},
	"arb":    [2]byte{1, 2},
	"m":      map[string]int{"b": 2, "a": 1, "c": 3},
	"mnil":   map[string]int(nil),
	"mi":     map[int]string{3: "c", 1: "a", -2: "b"},
	"mb":     map[bool]int{true: 1, false: 0},
	"mf":     map[float64]string{2.5: "x", -1: "y", math.Inf(1): "z"},
	"st":     T{A: 1, B: "x"},
	"pst":    &T{A: 2, B: "y"},
	"u":      U{T: T{3, "z"}, I: 5, S: []int{1}, m: 7, M: 8},
	"small":  Small{1, "q"},
	"nilptr": (*int)(nil),
	"nilT":   (*T)(nil),
	"my":     MyInt(5),
	"mys":    []MyInt{1, 2},
	"err":    &E{"bad"},
	"panic":  P(1),
	"nilnp":  (*NP)(nil),
	"g":      G(3),
	"anysl":  []any{1, "a", nil, 2.5},
	"pslice": &[]int{4, 5},
	"pmap":   &map[string]int{"k": 1},
	"parr":   &[2]string{"p", "q"},
	"width":  5,
	"negw":   -6,
	"prec":   2,
}

var cases = []struct{ args, format string }{}

func add(args string, formats ...string) {
	for _, f := range formats {
		cases = append(cases, struct{ args, format string }{args, f})
	}
}

func main() {
	ints := []string{"i0", "i42", "ineg", "imin", "imax", "i8", "u8", "u16", "u32", "u64", "uptr", "r", "remoji"}
	for _, a := range ints {
		add(a, "%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%.3d", "%8.3d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%#v", "%s", "%t", "%e", "%08.3x", "%-#10x|", "% x")
	}
	add("rbad", "%c", "%q", "%U", "%#U")
	add("i0", "%.0d", "%5.0d|", "%.d")
	floats := []string{"f0", "f1", "fpi", "fbig", "fmil", "f1e20", "fsmall", "f1e-4", "fneg", "fnan", "finf", "fninf", "fnegz", "f32", "f32b", "f123", "ftiny", "fmax", "fthird", "f2_5", "f0_5", "f1_005"}
	for _, a := range floats {
		add(a, "%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.3g", "%.10g", "%8.2f|", "%-8.2f|", "%08.2f", "%+.2f", "% .2f", "%#g", "%#.3g", "%#.0f", "%#e", "%x", "%X", "%.3x", "%b", "%#v", "%+v", "%d", "%s", "%+010.3e", "%#.4x", "%.30f", "%.20e", "%.17g", "%5.1f|", "%-10v|", "%010v")
	}
	add("c", "%v", "%.2f", "%+.1e", "%g", "%#v", "%d", "%8.1f")
	add("c64", "%v", "%g", "%.3f")
	strs := []string{"s", "sempty", "suni", "sesc", "sraw"}
	for _, a := range strs {
		add(a, "%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "%# X", "%10s|", "%-10s|", "%.2s", "%.2q", "%5.1s|", "%#v", "%d", "%T", "%010s", "%.3x", "%c")
	}
	add("bt", "%v", "%t", "%5t|", "%#v", "%d", "%s", "%q")
	add("bf", "%v", "%t")
	for _, a := range []string{"bs", "bsnil", "arb"} {
		add(a, "%v", "%s", "%q", "%x", "%X", "% x", "%#x", "%#v", "%d", "%o", "%T", "%5s|", "%c")
	}
	for _, a := range []string{"sl", "slnil", "sls", "ar", "anysl", "mys"} {
		add(a, "%v", "%+v", "%#v", "%d", "%x", "%q", "%s", "%T", "%5v", "%03d", "%t")
	}
	for _, a := range []string{"m", "mnil", "mi", "mb", "mf"} {
		add(a, "%v", "%+v", "%#v", "%d", "%s", "%T", "%x")
	}
	for _, a := range []string{"st", "pst", "u", "small", "nilptr", "nilT", "pslice", "pmap", "parr"} {
		add(a, "%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q")
	}
	for _, a := range []string{"my", "mys", "err", "panic", "nilnp", "g"} {
		add(a, "%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%T", "%10v|", "%-10s|")
	}
	add("nil", "%v", "%d", "%s", "%T", "%#v", "%+v", "%q", "%x", "%p")
	// Operand errors, widths and precisions from arguments, argument indexes.
	add("", "%d", "%", "%!", "100%%", "%v %v", "no verbs", "%[1]d", "%*d")
	add("i42", "%d %d", "%", "%z", "%!", "%[2]d", "%[0]d", "%[x]d", "%[1]d %[1]x", "%[1]*d", "% 5", "%-", "%.", "%.*d", "%5.", "%ö", "%[1]")
	add("i42,s", "%d", "%d %s %v", "%[2]s %[1]d", "%[2]s %d", "%s %d", "%[3]d", "%[2]*[1]d", "%v%v", "%x-%X")
	add("i42,s,bt", "%d")
	add("i42,nil", "%d")
	add("width,i42", "%*d|", "%-*d|", "%*x|")
	add("negw,i42", "%*d|")
	add("width,prec,fpi", "%*.*f|", "%[3]*.[2]*[1]f|")
	add("s,i42", "%*d", "%.*d")
	add("prec,s", "%.*s")
	add("i42,s,fpi,bt,nil,sl,m", "%v %v %v %v %v %v %v")
	add("fpi,i42", "%[2]d %[1]g %d")

	for _, c := range cases {
		var args []any
		if c.args != "" {
			for _, name := range strings.Split(c.args, ",") {
				v, ok := values[name]
				if !ok {
					panic(name)
				}
				args = append(args, v)
			}
		}
		fmt.Printf("%s\t%s\t%s\n", c.args, strconv.Quote(c.format), strconv.Quote(fmt.Sprintf(c.format, args...)))
	}
	// Print, Println: spacing between operands.
	for _, names := range []string{"i42,i42", "s,i42", "i42,s", "s,s", "i42,s,i42,fpi", "nil,nil", "bs,sl", "my,err"} {
		var args []any
		for _, name := range strings.Split(names, ",") {
			args = append(args, values[name])
		}
		fmt.Printf("%s\t%s\t%s\n", names, "print", strconv.Quote(fmt.Sprint(args...)))
		fmt.Printf("%s\t%s\t%s\n", names, "println", strconv.Quote(fmt.Sprintln(args...)))
	}
}
