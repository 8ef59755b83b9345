./panic_value.go:5:7: parameter e leaks to ~r0 with derefs=1:
./panic_value.go:5:7:   flow: ~r0 = *e:
./panic_value.go:5:7:     from e.msg (dot of pointer) at ./panic_value.go:5:42
./panic_value.go:5:7:     from return e.msg (return) at ./panic_value.go:5:34
./panic_value.go:5:7: leaking param: e to result ~r0 level=1
./panic_value.go:9:8: &MyErr{...} escapes to heap:
./panic_value.go:9:8:   flow: {heap} = &{storage for &MyErr{...}}:
./panic_value.go:9:8:     from &MyErr{...} (spill) at ./panic_value.go:9:8
./panic_value.go:9:8:     from &MyErr{...} (interface-converted) at ./panic_value.go:9:15
./panic_value.go:9:8:     from panic(&MyErr{...}) (call parameter) at ./panic_value.go:9:7
./panic_value.go:8:11: parameter msg leaks to {storage for &MyErr{...}} with derefs=0:
./panic_value.go:8:11:   flow: {storage for &MyErr{...}} = msg:
./panic_value.go:8:11:     from MyErr{...} (struct literal element) at ./panic_value.go:9:14
./panic_value.go:8:11: leaking param: msg
./panic_value.go:9:8: &MyErr{...} escapes to heap
./panic_value.go:12:13: try capturing by ref: s (addr=false assign=true width=16)
./panic_value.go:13:8: func literal does not escape
