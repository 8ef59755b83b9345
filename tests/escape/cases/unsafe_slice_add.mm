./unsafe_slice_add.go:8:8: parameter p leaks to ~r0 with derefs=0:
./unsafe_slice_add.go:8:8:   flow: ~r0 = p:
./unsafe_slice_add.go:8:8:     from unsafe.Slice(p, 1) (call parameter) at ./unsafe_slice_add.go:8:43
./unsafe_slice_add.go:8:8:     from return unsafe.Slice(p, 1) (return) at ./unsafe_slice_add.go:8:24
./unsafe_slice_add.go:8:8: leaking param: p to result ~r0 level=0
./unsafe_slice_add.go:10:8: parameter p leaks to ~r0 with derefs=0:
./unsafe_slice_add.go:10:8:   flow: ~r0 = p:
./unsafe_slice_add.go:10:8:     from unsafe.Add(p, 8) (call parameter) at ./unsafe_slice_add.go:10:60
./unsafe_slice_add.go:10:8:     from return unsafe.Add(p, 8) (return) at ./unsafe_slice_add.go:10:43
./unsafe_slice_add.go:10:8: leaking param: p to result ~r0 level=0
./unsafe_slice_add.go:16:2: x escapes to heap:
./unsafe_slice_add.go:16:2:   flow: {heap} = &x:
./unsafe_slice_add.go:16:2:     from &x (address-of) at ./unsafe_slice_add.go:17:11
./unsafe_slice_add.go:16:2:     from f(&x) (call parameter) at ./unsafe_slice_add.go:17:10
./unsafe_slice_add.go:16:2:     from sink = f(&x) (assign) at ./unsafe_slice_add.go:17:7
./unsafe_slice_add.go:18:2: y escapes to heap:
./unsafe_slice_add.go:18:2:   flow: {heap} = &y:
./unsafe_slice_add.go:18:2:     from &y (address-of) at ./unsafe_slice_add.go:19:27
./unsafe_slice_add.go:18:2:     from g(unsafe.Pointer(&y)) (call parameter) at ./unsafe_slice_add.go:19:11
./unsafe_slice_add.go:18:2:     from psink = g(unsafe.Pointer(&y)) (assign) at ./unsafe_slice_add.go:19:8
./unsafe_slice_add.go:16:2: moved to heap: x
./unsafe_slice_add.go:18:2: moved to heap: y
