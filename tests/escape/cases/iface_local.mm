./iface_local.go:11:7: r does not escape
./iface_local.go:15:11: parameter s leaks to {heap} with derefs=0:
./iface_local.go:15:11:   flow: {heap} = s:
./iface_local.go:15:11:     from s.Area() (call parameter) at ./iface_local.go:15:39
./iface_local.go:15:11: leaking param: s
./iface_local.go:18:16: Sq{...} escapes to heap:
./iface_local.go:18:16:   flow: {heap} = &{storage for Sq{...}}:
./iface_local.go:18:16:     from Sq{...} (spill) at ./iface_local.go:18:16
./iface_local.go:18:16:     from area(Sq{...}) (call parameter) at ./iface_local.go:18:13
./iface_local.go:18:16: Sq{...} escapes to heap
./iface_local.go:21:12: parameter shapes leaks to {heap} with derefs=1:
./iface_local.go:21:12:   flow: {temp} = shapes:
./iface_local.go:21:12:   flow: s = *{temp}:
./iface_local.go:21:12:     from for loop (range-deref) at ./iface_local.go:23:14
./iface_local.go:21:12:   flow: {heap} = s:
./iface_local.go:21:12:     from s.Area() (call parameter) at ./iface_local.go:24:14
./iface_local.go:21:12: leaking param content: shapes
./iface_local.go:30:30: &Rect{...} escapes to heap:
./iface_local.go:30:30:   flow: {storage for []Shape{...}} = &{storage for &Rect{...}}:
./iface_local.go:30:30:     from &Rect{...} (spill) at ./iface_local.go:30:30
./iface_local.go:30:30:     from &Rect{...} (interface-converted) at ./iface_local.go:30:30
./iface_local.go:30:30:     from []Shape{...} (slice-literal-element) at ./iface_local.go:30:22
./iface_local.go:30:30:   flow: {heap} = {storage for []Shape{...}}:
./iface_local.go:30:30:     from []Shape{...} (spill) at ./iface_local.go:30:22
./iface_local.go:30:30:     from total([]Shape{...}) (call parameter) at ./iface_local.go:30:14
./iface_local.go:30:25: Sq{...} escapes to heap:
./iface_local.go:30:25:   flow: {storage for []Shape{...}} = &{storage for Sq{...}}:
./iface_local.go:30:25:     from Sq{...} (spill) at ./iface_local.go:30:25
./iface_local.go:30:25:     from []Shape{...} (slice-literal-element) at ./iface_local.go:30:22
./iface_local.go:30:25:   flow: {heap} = {storage for []Shape{...}}:
./iface_local.go:30:25:     from []Shape{...} (spill) at ./iface_local.go:30:22
./iface_local.go:30:25:     from total([]Shape{...}) (call parameter) at ./iface_local.go:30:14
./iface_local.go:30:22: []Shape{...} does not escape
./iface_local.go:30:25: Sq{...} escapes to heap
./iface_local.go:30:30: &Rect{...} escapes to heap
