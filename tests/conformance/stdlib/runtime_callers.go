// runtime.Callers, CallersFrames and FuncForPC: function names, files and lines of the
// calling stack, as go reports them.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (T) Method() []string  { return stack(1) }
func (*T) PtrMethod() string { return where() }

func stack(skip int) []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(skip+1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s %s:%d %v", runtime.FuncForPC(pc).Name(), filepath.Base(file), line, ok)
}

func outer() []string { return inner() }
func inner() []string { return stack(0) }

func main() {
	for _, s := range outer() {
		fmt.Println(s)
	}
	fmt.Println(T{}.Method())
	fmt.Println((&T{}).PtrMethod())
	func() {
		fmt.Println(where())
	}()
	pcs := make([]uintptr, 1)
	fmt.Println(runtime.Callers(0, pcs), runtime.FuncForPC(pcs[0]).Name())
	fmt.Println(runtime.Callers(1, pcs), runtime.FuncForPC(pcs[0]).Name())
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
