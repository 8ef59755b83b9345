./variadic.go:6:10: xs does not escape
./variadic.go:15:11: leaking param: ps
./variadic.go:18:2: moved to heap: a
./variadic.go:18:5: moved to heap: b
./variadic.go:19:6: ... argument escapes to heap
./variadic.go:20:12: []int{...} does not escape
./variadic.go:21:13: ... argument does not escape
