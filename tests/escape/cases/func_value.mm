./func_value.go:7:13: p does not escape
./func_value.go:10:2: x escapes to heap:
./func_value.go:10:2:   flow: {heap} = &x:
./func_value.go:10:2:     from &x (address-of) at ./func_value.go:11:8
./func_value.go:10:2:     from apply(&x) (call parameter) at ./func_value.go:11:7
./func_value.go:10:2: moved to heap: x
./func_value.go:16:2: y escapes to heap:
./func_value.go:16:2:   flow: {heap} = &y:
./func_value.go:16:2:     from &y (address-of) at ./func_value.go:17:4
./func_value.go:16:2:     from f(&y) (call parameter) at ./func_value.go:17:3
./func_value.go:15:15: f does not escape
./func_value.go:16:2: moved to heap: y
