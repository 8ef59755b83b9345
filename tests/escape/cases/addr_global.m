./addr_global.go:7:2: moved to heap: x
