./large_alloc.go:5:11: make([]byte, 1 << 20) escapes to heap
./large_alloc.go:11:11: make([]byte, 1024) does not escape
./large_alloc.go:17:10: new([131072]int) escapes to heap
