./addr_callee.go:6:12: leaking param: p
./addr_callee.go:8:11: p does not escape
./addr_callee.go:11:2: moved to heap: x
