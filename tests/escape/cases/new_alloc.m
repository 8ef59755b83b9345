./new_alloc.go:6:29: new(T) escapes to heap
./new_alloc.go:9:10: new(T) does not escape
./new_alloc.go:15:10: new(int) escapes to heap
