./variadic.go:6:10: xs does not escape
./variadic.go:15:11: parameter ps leaks to {heap} with derefs=0:
./variadic.go:15:11:   flow: {heap} = ps:
./variadic.go:15:11:     from kept = ps (assign) at ./variadic.go:15:30
./variadic.go:15:11: leaking param: ps
./variadic.go:19:6: ... argument escapes to heap:
./variadic.go:19:6:   flow: {heap} = &{storage for ... argument}:
./variadic.go:19:6:     from ... argument (spill) at ./variadic.go:19:6
./variadic.go:19:6:     from keep(... argument...) (call parameter) at ./variadic.go:19:6
./variadic.go:18:2: a escapes to heap:
./variadic.go:18:2:   flow: {storage for ... argument} = &a:
./variadic.go:18:2:     from &a (address-of) at ./variadic.go:19:7
./variadic.go:18:2:     from ... argument (slice-literal-element) at ./variadic.go:19:6
./variadic.go:18:5: b escapes to heap:
./variadic.go:18:5:   flow: {storage for ... argument} = &b:
./variadic.go:18:5:     from &b (address-of) at ./variadic.go:19:11
./variadic.go:18:5:     from ... argument (slice-literal-element) at ./variadic.go:19:6
./variadic.go:18:2: moved to heap: a
./variadic.go:18:5: moved to heap: b
./variadic.go:19:6: ... argument escapes to heap
./variadic.go:20:12: []int{...} does not escape
./variadic.go:21:13: ... argument does not escape
