// A file :load reads into a session (the load session).
package main

import "strings"

var greeting = strings.Repeat("hi ", 2)

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }

func shout(s string) string { return strings.ToUpper(s) + "!" }

func main() { panic("main of a loaded file does not run") }
