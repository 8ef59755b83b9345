./addr_return.go:5:2: moved to heap: x
