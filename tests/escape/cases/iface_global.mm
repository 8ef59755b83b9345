./iface_global.go:8:24: x escapes to heap:
./iface_global.go:8:24:   flow: {heap} = &{storage for x}:
./iface_global.go:8:24:     from x (spill) at ./iface_global.go:8:24
./iface_global.go:8:24:     from sink = x (assign) at ./iface_global.go:8:29
./iface_global.go:8:24: x escapes to heap
./iface_global.go:10:22: T{...} escapes to heap:
./iface_global.go:10:22:   flow: {heap} = &{storage for T{...}}:
./iface_global.go:10:22:     from T{...} (spill) at ./iface_global.go:10:22
./iface_global.go:10:22:     from sink = T{...} (assign) at ./iface_global.go:10:27
./iface_global.go:10:22: T{...} escapes to heap
./iface_global.go:13:7: &T{...} escapes to heap:
./iface_global.go:13:7:   flow: t = &{storage for &T{...}}:
./iface_global.go:13:7:     from &T{...} (spill) at ./iface_global.go:13:7
./iface_global.go:13:7:     from t := &T{...} (assign) at ./iface_global.go:13:4
./iface_global.go:13:7:   flow: {heap} = t:
./iface_global.go:13:7:     from t (interface-converted) at ./iface_global.go:14:2
./iface_global.go:13:7:     from sink = t (assign) at ./iface_global.go:14:7
./iface_global.go:13:7: &T{...} escapes to heap
./iface_global.go:17:30: s escapes to heap:
./iface_global.go:17:30:   flow: {heap} = &{storage for s}:
./iface_global.go:17:30:     from s (spill) at ./iface_global.go:17:30
./iface_global.go:17:30:     from sink = s (assign) at ./iface_global.go:17:35
./iface_global.go:17:18: parameter s leaks to {storage for s} with derefs=0:
./iface_global.go:17:18:   flow: {storage for s} = s:
./iface_global.go:17:18:     from s (interface-converted) at ./iface_global.go:17:30
./iface_global.go:17:18: leaking param: s
./iface_global.go:17:30: s escapes to heap
