./new_alloc.go:6:29: new(T) escapes to heap:
./new_alloc.go:6:29:   flow: ~r0 = &{storage for new(T)}:
./new_alloc.go:6:29:     from new(T) (spill) at ./new_alloc.go:6:29
./new_alloc.go:6:29:     from return new(T) (return) at ./new_alloc.go:6:19
./new_alloc.go:6:29: new(T) escapes to heap
./new_alloc.go:9:10: new(T) does not escape
./new_alloc.go:15:10: new(int) escapes to heap:
./new_alloc.go:15:10:   flow: n = &{storage for new(int)}:
./new_alloc.go:15:10:     from new(int) (spill) at ./new_alloc.go:15:10
./new_alloc.go:15:10:     from n := new(int) (assign) at ./new_alloc.go:15:4
./new_alloc.go:15:10:   flow: ~r0 = n:
./new_alloc.go:15:10:     from return n (return) at ./new_alloc.go:17:2
./new_alloc.go:15:10: new(int) escapes to heap
