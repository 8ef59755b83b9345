./recursion.go:4:18: p does not escape
./recursion.go:12:17: p does not escape
./recursion.go:30:9: &Node{...} escapes to heap:
./recursion.go:30:9:   flow: ~r0 = &{storage for &Node{...}}:
./recursion.go:30:9:     from &Node{...} (spill) at ./recursion.go:30:9
./recursion.go:30:9:     from return &Node{...} (return) at ./recursion.go:30:2
./recursion.go:30:9: &Node{...} escapes to heap
./recursion.go:33:10: l does not escape
