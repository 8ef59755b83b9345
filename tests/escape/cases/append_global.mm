./append_global.go:9:2: x escapes to heap:
./append_global.go:9:2:   flow: {heap} = &x:
./append_global.go:9:2:     from &x (address-of) at ./append_global.go:10:20
./append_global.go:9:2:     from append(all, &x) (call parameter) at ./append_global.go:10:14
./append_global.go:9:2: moved to heap: x
./append_global.go:13:14: parameter s leaks to {heap} with derefs=0:
./append_global.go:13:14:   flow: {heap} = s:
./append_global.go:13:14:     from append(names, s) (call parameter) at ./append_global.go:13:40
./append_global.go:13:14: leaking param: s
