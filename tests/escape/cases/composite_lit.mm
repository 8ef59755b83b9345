./composite_lit.go:8:35: &Point{...} escapes to heap:
./composite_lit.go:8:35:   flow: ~r0 = &{storage for &Point{...}}:
./composite_lit.go:8:35:     from &Point{...} (spill) at ./composite_lit.go:8:35
./composite_lit.go:8:35:     from return &Point{...} (return) at ./composite_lit.go:8:28
./composite_lit.go:8:35: &Point{...} escapes to heap
./composite_lit.go:10:29: &Point{...} escapes to heap:
./composite_lit.go:10:29:   flow: {heap} = &{storage for &Point{...}}:
./composite_lit.go:10:29:     from &Point{...} (spill) at ./composite_lit.go:10:29
./composite_lit.go:10:29:     from origin = &Point{...} (assign) at ./composite_lit.go:10:27
./composite_lit.go:10:29: &Point{...} escapes to heap
./composite_lit.go:13:7: &Point{...} does not escape
