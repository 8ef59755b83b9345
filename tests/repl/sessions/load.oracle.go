// The load session's expected stdout, printed by go itself (see values.oracle.go for the
// format), with load_lib.go's and load_more.go's declarations.
package main

import (
	"fmt"
	"strings"
)

var greeting = strings.Repeat("hi ", 2)

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }

func shout(s string) string { return strings.ToUpper(s) + "!" }

func twice() string { return strings.Repeat(word, 2) + fmt.Sprint(len(word)) }

var word = "ab"

func show(v interface{}, typ string) {
	switch v.(type) {
	case int:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

func main() {
	show(greeting, "string")
	show(shout("go"), "string")
	c := &Counter{}
	show(c.Add(2), "int")
	show(c.Add(3), "int")
	show(strings.TrimSpace("  still imported  "), "string")
	show(twice(), "string")
}
