// The load session's expected stdout, printed by go itself (see values.oracle.go for the
// format), with load_lib.go's, load_more.go's and load_order.go's declarations.
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

type Tag struct{ n int }

func (t Tag) String() string { return fmt.Sprint("Tag#", t.n, " level=", level) }

var label = fmt.Sprint(Tag{3})
var level = 9

var first, second = third + 1, 2
var third = second * 10

func early() int { return late }

var viaFunc = early()
var late = 5

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
	show(label, "string")
	show(first, "int")
	show(third, "int")
	show(viaFunc, "int")
}
