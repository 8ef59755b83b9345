./addr_callee.go:6:12: parameter p leaks to {heap} with derefs=0:
./addr_callee.go:6:12:   flow: {heap} = p:
./addr_callee.go:6:12:     from kept = p (assign) at ./addr_callee.go:6:27
./addr_callee.go:6:12: leaking param: p
./addr_callee.go:8:11: p does not escape
./addr_callee.go:11:2: x escapes to heap:
./addr_callee.go:11:2:   flow: {heap} = &x:
./addr_callee.go:11:2:     from &x (address-of) at ./addr_callee.go:12:8
./addr_callee.go:11:2:     from store(&x) (call parameter) at ./addr_callee.go:12:7
./addr_callee.go:11:2: moved to heap: x
