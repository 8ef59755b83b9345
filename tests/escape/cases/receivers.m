./receivers.go:9:7: leaking param: t to result ~r0 level=0
./receivers.go:11:7: leaking param: t
./receivers.go:13:7: t does not escape
./receivers.go:19:7: &T{...} escapes to heap
