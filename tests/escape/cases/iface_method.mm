./iface_method.go:7:17: p does not escape
./iface_method.go:11:2: x escapes to heap:
./iface_method.go:11:2:   flow: {heap} = &x:
./iface_method.go:11:2:     from &x (address-of) at ./iface_method.go:12:8
./iface_method.go:11:2:     from s.Set(&x) (call parameter) at ./iface_method.go:12:7
./iface_method.go:10:11: parameter s leaks to {heap} with derefs=0:
./iface_method.go:10:11:   flow: {heap} = s:
./iface_method.go:10:11:     from s.Set(&x) (call parameter) at ./iface_method.go:12:7
./iface_method.go:10:11: leaking param: s
./iface_method.go:11:2: moved to heap: x
./iface_method.go:25:19: impl{} escapes to heap:
./iface_method.go:25:19:   flow: {heap} = &{storage for impl{}}:
./iface_method.go:25:19:     from impl{} (spill) at ./iface_method.go:25:19
./iface_method.go:25:19:     from call(impl{}) (call parameter) at ./iface_method.go:25:14
./iface_method.go:25:19: impl{} escapes to heap
