./nested_calls.go:6:12: leaking param: p
./nested_calls.go:8:13: leaking param: p
./nested_calls.go:11:2: moved to heap: x
./nested_calls.go:15:11: leaking param: p to result ~r0 level=0
