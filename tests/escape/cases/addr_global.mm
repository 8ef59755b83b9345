./addr_global.go:7:2: x escapes to heap:
./addr_global.go:7:2:   flow: {heap} = &x:
./addr_global.go:7:2:     from &x (address-of) at ./addr_global.go:8:11
./addr_global.go:7:2:     from global = &x (assign) at ./addr_global.go:8:9
./addr_global.go:7:2: moved to heap: x
