./iface_global.go:8:24: x escapes to heap
./iface_global.go:10:22: T{...} escapes to heap
./iface_global.go:13:7: &T{...} escapes to heap
./iface_global.go:17:18: leaking param: s
./iface_global.go:17:30: s escapes to heap
