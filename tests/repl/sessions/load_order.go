// A file for the load session whose variables must be initialized in Go's order: constant
// initializers first, the others after the variables they use (through functions and
// one variable at a time within a spec), not in source order.
package main

import "fmt"

type Tag struct{ n int }

func (t Tag) String() string { return fmt.Sprint("Tag#", t.n, " level=", level) }

var label = fmt.Sprint(Tag{3})
var level = 9

var first, second = third + 1, 2
var third = second * 10

func early() int { return late }

var viaFunc = early()
var late = 5
