./panic_value.go:5:7: leaking param: e to result ~r0 level=1
./panic_value.go:8:11: leaking param: msg
./panic_value.go:9:8: &MyErr{...} escapes to heap
./panic_value.go:13:8: func literal does not escape
