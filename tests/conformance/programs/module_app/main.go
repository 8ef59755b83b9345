// A program of several files and packages in one module: package-level variables
// initialised across files in dependency order, init functions file by file and package
// by package, module-local imports (one of them internal), and files that build
// constraints leave out (a _windows.go file, a //go:build ignore file, a _test.go file:
// each would not compile).
package main

import (
	"fmt"
	"os"

	"example.com/app/internal/store"
	"example.com/app/shapes"
)

var total = count + offset // count and offset are declared in other files

func init() {
	fmt.Println("init main.go", total)
}

func main() {
	s := store.New()
	for _, sh := range []shapes.Shape{shapes.Square{Side: 3}, shapes.Rect{W: 2, H: 5}} {
		s.Put(sh.Name(), sh.Area())
	}
	fmt.Println(s.Keys(), s.Sum(), total, describe(), len(os.Args))
}
