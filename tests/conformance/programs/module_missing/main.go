// A module program importing a package its module does not have: go's loader error.
package main

import (
	"fmt"

	"example.com/missing/lib"
	"example.com/missing/nothere"
)

func main() { fmt.Println(lib.V, nothere.W) }
