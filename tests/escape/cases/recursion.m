./recursion.go:4:18: p does not escape
./recursion.go:12:17: p does not escape
./recursion.go:30:9: &Node{...} escapes to heap
./recursion.go:33:10: l does not escape
