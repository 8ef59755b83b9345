package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value interface {
	fmt.Stringer
	write(sb *strings.Builder, indent int)
}

type Null struct{}
type Bool bool
type Number float64
type String string
type Array []Value
type Field struct {
	Key string
	Val Value
}
type Object []Field

func (Null) String() string   { return "null" }
func (b Bool) String() string { return strconv.FormatBool(bool(b)) }
func (n Number) String() string {
	return strconv.FormatFloat(float64(n), 'g', -1, 64)
}
func (s String) String() string { return strconv.Quote(string(s)) }
func (a Array) String() string  { return render(a) }
func (o Object) String() string { return render(o) }

func (n Null) write(sb *strings.Builder, _ int)   { sb.WriteString(n.String()) }
func (b Bool) write(sb *strings.Builder, _ int)   { sb.WriteString(b.String()) }
func (n Number) write(sb *strings.Builder, _ int) { sb.WriteString(n.String()) }
func (s String) write(sb *strings.Builder, _ int) { sb.WriteString(s.String()) }

func (a Array) write(sb *strings.Builder, indent int) {
	if len(a) == 0 {
		sb.WriteString("[]")
		return
	}
	sb.WriteString("[\n")
	for i, v := range a {
		sb.WriteString(strings.Repeat("  ", indent+1))
		v.write(sb, indent+1)
		if i < len(a)-1 {
			sb.WriteString(",")
		}
		sb.WriteString("\n")
	}
	sb.WriteString(strings.Repeat("  ", indent) + "]")
}

func (o Object) write(sb *strings.Builder, indent int) {
	if len(o) == 0 {
		sb.WriteString("{}")
		return
	}
	sb.WriteString("{\n")
	for i, f := range o {
		fmt.Fprintf(sb, "%s%q: ", strings.Repeat("  ", indent+1), f.Key)
		f.Val.write(sb, indent+1)
		if i < len(o)-1 {
			sb.WriteString(",")
		}
		sb.WriteString("\n")
	}
	sb.WriteString(strings.Repeat("  ", indent) + "}")
}

func render(v Value) string {
	var sb strings.Builder
	v.write(&sb, 0)
	return sb.String()
}

func compact(v Value) string {
	switch x := v.(type) {
	case Array:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = compact(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case Object:
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = strconv.Quote(f.Key) + ":" + compact(f.Val)
		}
		return "{" + strings.Join(parts, ",") + "}"
	default:
		return v.String()
	}
}

func count(v Value) map[string]int {
	out := map[string]int{}
	var walk func(Value)
	walk = func(v Value) {
		switch x := v.(type) {
		case Null:
			out["null"]++
		case Bool:
			out["bool"]++
		case Number:
			out["number"]++
		case String:
			out["string"]++
		case Array:
			out["array"]++
			for _, e := range x {
				walk(e)
			}
		case Object:
			out["object"]++
			for _, f := range x {
				walk(f.Val)
			}
		}
	}
	walk(v)
	return out
}

func main() {
	doc := Object{
		{"name", String("golite")},
		{"version", Number(0.1)},
		{"stable", Bool(false)},
		{"license", Null{}},
		{"tags", Array{String("go"), String("interpreter"), String("c++20")}},
		{"stats", Object{{"files", Number(120)}, {"ratio", Number(1e-3)}, {"big", Number(1e21)}}},
		{"empty", Array{}},
		{"nested", Array{Array{Number(1), Number(2)}, Object{}, Object{{"q", String("say \"hi\"\n")}}}},
	}
	fmt.Println(doc)
	fmt.Println(compact(doc))
	fmt.Println(count(doc))
	fmt.Println(Array{Number(1), Bool(true)})
	fmt.Printf("%v|%s|%d\n", Number(2.5), String("x"), len(doc))
}
