./nested_calls.go:6:12: parameter p leaks to {heap} with derefs=0:
./nested_calls.go:6:12:   flow: {heap} = p:
./nested_calls.go:6:12:     from g = p (assign) at ./nested_calls.go:6:24
./nested_calls.go:6:12: leaking param: p
./nested_calls.go:8:13: parameter p leaks to {heap} with derefs=0:
./nested_calls.go:8:13:   flow: {heap} = p:
./nested_calls.go:8:13:     from inner(p) (call parameter) at ./nested_calls.go:8:28
./nested_calls.go:8:13: leaking param: p
./nested_calls.go:11:2: x escapes to heap:
./nested_calls.go:11:2:   flow: {heap} = &x:
./nested_calls.go:11:2:     from &x (address-of) at ./nested_calls.go:12:9
./nested_calls.go:11:2:     from middle(&x) (call parameter) at ./nested_calls.go:12:8
./nested_calls.go:11:2: moved to heap: x
./nested_calls.go:15:11: parameter p leaks to ~r0 with derefs=0:
./nested_calls.go:15:11:   flow: ~r0 = p:
./nested_calls.go:15:11:     from return p (return) at ./nested_calls.go:15:26
./nested_calls.go:15:11: leaking param: p to result ~r0 level=0
