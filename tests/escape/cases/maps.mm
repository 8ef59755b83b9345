./maps.go:8:11: make(map[int]int) does not escape
./maps.go:14:23: map[string]int{...} escapes to heap:
./maps.go:14:23:   flow: ~r0 = &{storage for map[string]int{...}}:
./maps.go:14:23:     from map[string]int{...} (spill) at ./maps.go:14:23
./maps.go:14:23:     from return map[string]int{...} (return) at ./maps.go:14:2
./maps.go:14:23: map[string]int{...} escapes to heap
./maps.go:18:2: v escapes to heap:
./maps.go:18:2:   flow: {heap} = &v:
./maps.go:18:2:     from &v (address-of) at ./maps.go:19:17
./maps.go:18:2:     from global[name] = &v (assign) at ./maps.go:19:15
./maps.go:17:15: parameter name leaks to {heap} with derefs=0:
./maps.go:17:15:   flow: {heap} = name:
./maps.go:17:15:     from global[name] (key of map put) at ./maps.go:19:8
./maps.go:17:15: leaking param: name
./maps.go:18:2: moved to heap: v
./maps.go:23:21: map[string]int{...} does not escape
./maps.go:28:15: make(map[string]*int) escapes to heap:
./maps.go:28:15:   flow: {heap} = &{storage for make(map[string]*int)}:
./maps.go:28:15:     from make(map[string]*int) (spill) at ./maps.go:28:15
./maps.go:28:15:     from global = make(map[string]*int) (assign) at ./maps.go:28:9
./maps.go:28:15: make(map[string]*int) escapes to heap
