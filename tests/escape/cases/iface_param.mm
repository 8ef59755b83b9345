./iface_param.go:6:11: parameter v leaks to {heap} with derefs=0:
./iface_param.go:6:11:   flow: {heap} = v:
./iface_param.go:6:11:     from sink = v (assign) at ./iface_param.go:6:33
./iface_param.go:6:11: leaking param: v
./iface_param.go:8:12: v does not escape
./iface_param.go:10:11: v does not escape
./iface_param.go:22:6: x escapes to heap:
./iface_param.go:22:6:   flow: {heap} = &{storage for x}:
./iface_param.go:22:6:     from x (spill) at ./iface_param.go:22:6
./iface_param.go:22:6:     from leak(x) (call parameter) at ./iface_param.go:22:6
./iface_param.go:22:6: x escapes to heap
./iface_param.go:24:13: y does not escape
./iface_param.go:26:18: s does not escape
./iface_param.go:26:27: x does not escape
