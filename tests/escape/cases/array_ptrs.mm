./array_ptrs.go:6:12: x escapes to heap:
./array_ptrs.go:6:12:   flow: {heap} = &x:
./array_ptrs.go:6:12:     from &x (address-of) at ./array_ptrs.go:6:37
./array_ptrs.go:6:12:     from [2]*int{...} (array literal element) at ./array_ptrs.go:6:36
./array_ptrs.go:6:12:     from ga = [2]*int{...} (assign) at ./array_ptrs.go:6:27
./array_ptrs.go:6:15: y escapes to heap:
./array_ptrs.go:6:15:   flow: {heap} = &y:
./array_ptrs.go:6:15:     from &y (address-of) at ./array_ptrs.go:6:41
./array_ptrs.go:6:15:     from [2]*int{...} (array literal element) at ./array_ptrs.go:6:36
./array_ptrs.go:6:15:     from ga = [2]*int{...} (assign) at ./array_ptrs.go:6:27
./array_ptrs.go:6:12: moved to heap: x
./array_ptrs.go:6:15: moved to heap: y
./array_ptrs.go:15:20: a does not escape
