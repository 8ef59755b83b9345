./array_ptrs.go:6:12: moved to heap: x
./array_ptrs.go:6:15: moved to heap: y
./array_ptrs.go:15:20: a does not escape
