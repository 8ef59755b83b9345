./slice_lit.go:7:12: []int{...} does not escape
./slice_lit.go:15:35: []int{...} escapes to heap:
./slice_lit.go:15:35:   flow: ~r0 = &{storage for []int{...}}:
./slice_lit.go:15:35:     from []int{...} (spill) at ./slice_lit.go:15:35
./slice_lit.go:15:35:     from return []int{...} (return) at ./slice_lit.go:15:23
./slice_lit.go:15:35: []int{...} escapes to heap
./slice_lit.go:17:28: []int{...} escapes to heap:
./slice_lit.go:17:28:   flow: {heap} = &{storage for []int{...}}:
./slice_lit.go:17:28:     from []int{...} (spill) at ./slice_lit.go:17:28
./slice_lit.go:17:28:     from saved = []int{...} (assign) at ./slice_lit.go:17:21
./slice_lit.go:17:28: []int{...} escapes to heap
