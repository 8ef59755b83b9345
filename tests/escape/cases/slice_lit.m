./slice_lit.go:7:12: []int{...} does not escape
./slice_lit.go:15:35: []int{...} escapes to heap
./slice_lit.go:17:28: []int{...} escapes to heap
