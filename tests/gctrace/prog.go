// gctrace test program: garbage, then two forced collections (tests/gctrace/run.sh).
package main

import "runtime"

type T struct{ p *T }

var keep []*T

func main() {
	for i := 0; i < 200000; i++ {
		keep = append(keep, &T{})
		if len(keep) > 50000 {
			keep = nil
		}
	}
	runtime.GC()
	runtime.GC()
}
