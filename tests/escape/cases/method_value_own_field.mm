./method_value_own_field.go:11:46: "hello " + s.name escapes to heap:
./method_value_own_field.go:11:46:   flow: ~r0 = &{storage for "hello " + s.name}:
./method_value_own_field.go:11:46:     from "hello " + s.name (spill) at ./method_value_own_field.go:11:46
./method_value_own_field.go:11:46:     from return "hello " + s.name (return) at ./method_value_own_field.go:11:30
./method_value_own_field.go:11:7: s does not escape
./method_value_own_field.go:11:46: "hello " + s.name escapes to heap
./method_value_own_field.go:15:9: s.hello escapes to heap:
./method_value_own_field.go:15:9:   flow: {heap} = &{storage for s.hello}:
./method_value_own_field.go:15:9:     from s.hello (spill) at ./method_value_own_field.go:15:9
./method_value_own_field.go:15:9:     from s.F = s.hello (assign) at ./method_value_own_field.go:15:6
./method_value_own_field.go:14:7: &S{...} escapes to heap:
./method_value_own_field.go:14:7:   flow: s = &{storage for &S{...}}:
./method_value_own_field.go:14:7:     from &S{...} (spill) at ./method_value_own_field.go:14:7
./method_value_own_field.go:14:7:     from s := &S{...} (assign) at ./method_value_own_field.go:14:4
./method_value_own_field.go:14:7:   flow: {temp} = s:
./method_value_own_field.go:14:7:   flow: {storage for s.hello} = {temp}:
./method_value_own_field.go:13:10: parameter name leaks to {storage for &S{...}} with derefs=0:
./method_value_own_field.go:13:10:   flow: {storage for &S{...}} = name:
./method_value_own_field.go:13:10:     from S{...} (struct literal element) at ./method_value_own_field.go:14:9
./method_value_own_field.go:13:10: leaking param: name
./method_value_own_field.go:14:7: &S{...} escapes to heap
./method_value_own_field.go:15:9: s.hello escapes to heap
./method_value_own_field.go:32:28: []string{...} does not escape
