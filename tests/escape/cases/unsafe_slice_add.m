./unsafe_slice_add.go:8:8: leaking param: p to result ~r0 level=0
./unsafe_slice_add.go:10:8: leaking param: p to result ~r0 level=0
./unsafe_slice_add.go:16:2: moved to heap: x
./unsafe_slice_add.go:18:2: moved to heap: y
