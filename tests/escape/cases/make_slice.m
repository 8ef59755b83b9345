./make_slice.go:6:11: make([]int, 10) does not escape
./make_slice.go:14:11: make([]int, n) escapes to heap
./make_slice.go:18:37: make([]byte, 4) escapes to heap
./make_slice.go:21:11: make([]int, 0, 8) does not escape
