./append_global.go:9:2: moved to heap: x
./append_global.go:13:14: leaking param: s
