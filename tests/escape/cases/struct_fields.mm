./struct_fields.go:6:14: parameter y leaks to ~r0 with derefs=0:
./struct_fields.go:6:14:   flow: ~r0 = &y:
./struct_fields.go:6:14:     from &y (address-of) at ./struct_fields.go:6:44
./struct_fields.go:6:14:     from Pair{...} (struct literal element) at ./struct_fields.go:6:39
./struct_fields.go:6:14:     from return Pair{...} (return) at ./struct_fields.go:6:28
./struct_fields.go:6:14: y escapes to heap:
./struct_fields.go:6:14:   flow: ~r0 = &y:
./struct_fields.go:6:14:     from &y (address-of) at ./struct_fields.go:6:44
./struct_fields.go:6:14:     from Pair{...} (struct literal element) at ./struct_fields.go:6:39
./struct_fields.go:6:14:     from return Pair{...} (return) at ./struct_fields.go:6:28
./struct_fields.go:6:11: parameter x leaks to ~r0 with derefs=0:
./struct_fields.go:6:11:   flow: ~r0 = &x:
./struct_fields.go:6:11:     from &x (address-of) at ./struct_fields.go:6:40
./struct_fields.go:6:11:     from Pair{...} (struct literal element) at ./struct_fields.go:6:39
./struct_fields.go:6:11:     from return Pair{...} (return) at ./struct_fields.go:6:28
./struct_fields.go:6:11: x escapes to heap:
./struct_fields.go:6:11:   flow: ~r0 = &x:
./struct_fields.go:6:11:     from &x (address-of) at ./struct_fields.go:6:40
./struct_fields.go:6:11:     from Pair{...} (struct literal element) at ./struct_fields.go:6:39
./struct_fields.go:6:11:     from return Pair{...} (return) at ./struct_fields.go:6:28
./struct_fields.go:6:11: moved to heap: x
./struct_fields.go:6:14: moved to heap: y
./struct_fields.go:16:7: parameter l leaks to {heap} with derefs=1:
./struct_fields.go:16:7:   flow: {heap} = *l:
./struct_fields.go:16:7:     from l.items (dot of pointer) at ./struct_fields.go:16:48
./struct_fields.go:16:7:     from append(l.items, v) (call parameter) at ./struct_fields.go:16:46
./struct_fields.go:16:7:     from l.items = append(l.items, v) (assign) at ./struct_fields.go:16:38
./struct_fields.go:16:7: leaking param content: l
