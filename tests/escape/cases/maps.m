./maps.go:8:11: make(map[int]int) does not escape
./maps.go:14:23: map[string]int{...} escapes to heap
./maps.go:17:15: leaking param: name
./maps.go:18:2: moved to heap: v
./maps.go:23:21: map[string]int{...} does not escape
./maps.go:28:15: make(map[string]*int) escapes to heap
