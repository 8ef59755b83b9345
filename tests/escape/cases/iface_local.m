./iface_local.go:11:7: r does not escape
./iface_local.go:15:11: leaking param: s
./iface_local.go:18:16: Sq{...} escapes to heap
./iface_local.go:21:12: leaking param content: shapes
./iface_local.go:30:22: []Shape{...} does not escape
./iface_local.go:30:25: Sq{...} escapes to heap
./iface_local.go:30:30: &Rect{...} escapes to heap
