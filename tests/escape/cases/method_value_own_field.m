./method_value_own_field.go:11:7: s does not escape
./method_value_own_field.go:11:46: "hello " + s.name escapes to heap
./method_value_own_field.go:13:10: leaking param: name
./method_value_own_field.go:14:7: &S{...} escapes to heap
./method_value_own_field.go:15:9: s.hello escapes to heap
./method_value_own_field.go:32:28: []string{...} does not escape
