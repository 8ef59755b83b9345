// A second file for the load session: it imports packages the session already has, and
// its function uses a variable declared further down the file.
package main

import (
	"fmt"
	"strings"
)

func twice() string { return strings.Repeat(word, 2) + fmt.Sprint(len(word)) }

var word = "ab"
