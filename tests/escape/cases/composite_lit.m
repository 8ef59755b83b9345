./composite_lit.go:8:35: &Point{...} escapes to heap
./composite_lit.go:10:29: &Point{...} escapes to heap
./composite_lit.go:13:7: &Point{...} does not escape
