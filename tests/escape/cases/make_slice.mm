./make_slice.go:6:11: make([]int, 10) does not escape
./make_slice.go:14:11: make([]int, n) escapes to heap:
./make_slice.go:14:11:   flow: {heap} = &{storage for make([]int, n)}:
./make_slice.go:14:11:     from make([]int, n) (non-constant size) at ./make_slice.go:14:11
./make_slice.go:14:11: make([]int, n) escapes to heap
./make_slice.go:18:37: make([]byte, 4) escapes to heap:
./make_slice.go:18:37:   flow: ~r0 = &{storage for make([]byte, 4)}:
./make_slice.go:18:37:     from make([]byte, 4) (spill) at ./make_slice.go:18:37
./make_slice.go:18:37:     from return make([]byte, 4) (return) at ./make_slice.go:18:26
./make_slice.go:18:37: make([]byte, 4) escapes to heap
./make_slice.go:21:11: make([]int, 0, 8) does not escape
