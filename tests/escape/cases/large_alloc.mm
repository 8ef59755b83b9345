./large_alloc.go:5:11: make([]byte, 1 << 20) escapes to heap:
./large_alloc.go:5:11:   flow: {heap} = &{storage for make([]byte, 1 << 20)}:
./large_alloc.go:5:11:     from make([]byte, 1 << 20) (too large for stack) at ./large_alloc.go:5:11
./large_alloc.go:5:11: make([]byte, 1 << 20) escapes to heap
./large_alloc.go:11:11: make([]byte, 1024) does not escape
./large_alloc.go:17:10: new([131072]int) escapes to heap:
./large_alloc.go:17:10:   flow: {heap} = &{storage for new([131072]int)}:
./large_alloc.go:17:10:     from new([131072]int) (too large for stack) at ./large_alloc.go:17:10
./large_alloc.go:17:10: new([131072]int) escapes to heap
