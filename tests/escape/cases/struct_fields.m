./struct_fields.go:6:11: moved to heap: x
./struct_fields.go:6:14: moved to heap: y
./struct_fields.go:16:7: leaking param content: l
