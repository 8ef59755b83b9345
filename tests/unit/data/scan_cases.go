//go:build ignore

// Generates scan_cases.txt: what Go 1.19's fmt.Sscan, Sscanln and Sscanf do with each
// input, for tests/unit/test_fmt_scan.cpp. Each line is
//
//	mode <TAB> "input" <TAB> "format" <TAB> types <TAB> n <TAB> "error" <TAB> values
//
// types lists the operand types (pointers to them are passed); values lists the operands
// after the scan, separated by '|' (strings and byte slices quoted).
//
//	go run tests/unit/data/scan_cases.go > tests/unit/data/scan_cases.txt
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func operand(t string) any {
	switch t {
	case "int":
		return new(int)
	case "int8":
		return new(int8)
	case "int32":
		return new(int32)
	case "uint":
		return new(uint)
	case "uint8":
		return new(uint8)
	case "float64":
		return new(float64)
	case "float32":
		return new(float32)
	case "string":
		return new(string)
	case "bool":
		return new(bool)
	case "bytes":
		return new([]byte)
	case "complex128":
		return new(complex128)
	}
	panic(t)
}

func show(v any) string {
	switch p := v.(type) {
	case *string:
		return strconv.Quote(*p)
	case *[]byte:
		return strconv.Quote(string(*p))
	case *int:
		return fmt.Sprint(*p)
	case *int8:
		return fmt.Sprint(*p)
	case *int32:
		return fmt.Sprint(*p)
	case *uint:
		return fmt.Sprint(*p)
	case *uint8:
		return fmt.Sprint(*p)
	case *float64:
		return fmt.Sprint(*p)
	case *float32:
		return fmt.Sprint(*p)
	case *bool:
		return fmt.Sprint(*p)
	case *complex128:
		return fmt.Sprint(*p)
	}
	panic("show")
}

type c struct{ mode, input, format, types string }

func main() {
	cases := []c{
		{"scan", "1 2 3", "", "int,int,int"},
		{"scan", "  42\n\n 7 ", "", "int,int"},
		{"scan", "1", "", "int,int"},
		{"scan", "", "", "int"},
		{"scan", "   ", "", "int"},
		{"scan", "x", "", "int"},
		{"scan", "12x", "", "int,string"},
		{"scan", "-5 +6 0x1F 0b101 0o17 017 1_000", "", "int,int,int,int,int,int,int"},
		{"scan", "300", "", "int8"},
		{"scan", "-129 127", "", "int8,int8"},
		{"scan", "99999999999999999999", "", "int"},
		{"scan", "256", "", "uint8"},
		{"scan", "-1", "", "uint"},
		{"scan", "3.5 -2e3 0x1p-2 inf NaN 1e400", "", "float64,float64,float64,float64,float64,float64"},
		{"scan", "1.5 2.25", "", "float32,float64"},
		{"scan", "hello world", "", "string,string"},
		{"scan", "héllo wörld", "", "string,bytes"},
		{"scan", "true false T F 1 0 TRUE tru", "", "bool,bool,bool,bool,bool,bool,bool,bool"},
		{"scan", "(1+2i) 3-4i", "", "complex128,complex128"},
		{"scan", "a\r\nb", "", "string,string"},
		{"scan", "x y", "", "int32,int32"},
		{"scanln", "1 2\n3", "", "int,int,int"},
		{"scanln", "1 2 3\n", "", "int,int"},
		{"scanln", "1 2", "", "int,int"},
		{"scanln", "1\n", "", "int,int"},
		{"scanln", "\n", "", "int"},
		{"scanln", "a b  \n", "", "string,string"},
		{"scanf", "12 abc", "%d %s", "int,string"},
		{"scanf", "12abc", "%d%s", "int,string"},
		{"scanf", "x=5,y=7", "x=%d,y=%d", "int,int"},
		{"scanf", "x=5 y=7", "x=%d,y=%d", "int,int"},
		{"scanf", "5", "%d %d", "int,int"},
		{"scanf", "1 2 3", "%d %d", "int,int"},
		{"scanf", "1 2", "%d %d %d", "int,int,int"},
		{"scanf", "ff 11 777 ", "%x %b %o", "int,int,int"},
		{"scanf", "abc", "%c%c%c", "int32,int32,int32"},
		{"scanf", "a b", "%c%c%c", "int32,int32,int32"},
		{"scanf", "123456", "%3d%3d", "int,int"},
		{"scanf", "hello", "%3s%s", "string,string"},
		{"scanf", "100%", "%d%%", "int"},
		{"scanf", "1\n2", "%d %d", "int,int"},
		{"scanf", "1\n2", "%d\n%d", "int,int"},
		{"scanf", "1 2", "%d\n%d", "int,int"},
		{"scanf", "\"quoted str\" `raw`", "%q %q", "string,string"},
		{"scanf", "68656c6c6f", "%x", "string"},
		{"scanf", "3.25 t", "%f %t", "float64,bool"},
		{"scanf", "3.25", "%d", "float64"},
		{"scanf", "abc", "%d", "string"},
		{"scanf", "7", "%v", "uint8"},
		{"scanf", "7", "%z", "int"},
		{"scanf", "1", "", "int"},
		{"scanf", "1", "%d%", "int"},
		{"scanf", "U+1F600", "%U", "int32"},
		{"scanf", "  42", "%5d", "int"},
	}
	for _, c := range cases {
		var args []any
		types := strings.Split(c.types, ",")
		for _, t := range types {
			args = append(args, operand(t))
		}
		var n int
		var err error
		switch c.mode {
		case "scan":
			n, err = fmt.Sscan(c.input, args...)
		case "scanln":
			n, err = fmt.Sscanln(c.input, args...)
		case "scanf":
			n, err = fmt.Sscanf(c.input, c.format, args...)
		}
		es := "nil"
		if err != nil {
			es = strconv.Quote(err.Error())
		}
		var vals []string
		for _, a := range args {
			vals = append(vals, show(a))
		}
		fmt.Printf("%s\t%q\t%q\t%s\t%d\t%s\t%s\n", c.mode, c.input, c.format, c.types, n, es, strings.Join(vals, "|"))
	}
}
