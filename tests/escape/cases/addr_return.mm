./addr_return.go:5:2: x escapes to heap:
./addr_return.go:5:2:   flow: ~r0 = &x:
./addr_return.go:5:2:     from &x (address-of) at ./addr_return.go:6:9
./addr_return.go:5:2:     from return &x (return) at ./addr_return.go:6:2
./addr_return.go:5:2: moved to heap: x
