./func_value.go:7:13: p does not escape
./func_value.go:10:2: moved to heap: x
./func_value.go:15:15: f does not escape
./func_value.go:16:2: moved to heap: y
