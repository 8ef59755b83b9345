./iface_method.go:7:17: p does not escape
./iface_method.go:10:11: leaking param: s
./iface_method.go:11:2: moved to heap: x
./iface_method.go:25:19: impl{} escapes to heap
