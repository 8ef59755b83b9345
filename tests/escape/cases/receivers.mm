./receivers.go:9:7: parameter t leaks to ~r0 with derefs=0:
./receivers.go:9:7:   flow: ~r0 = t:
./receivers.go:9:7:     from return t (return) at ./receivers.go:9:25
./receivers.go:9:7: leaking param: t to result ~r0 level=0
./receivers.go:11:7: parameter t leaks to {heap} with derefs=0:
./receivers.go:11:7:   flow: {heap} = t:
./receivers.go:11:7:     from saved = t (assign) at ./receivers.go:11:28
./receivers.go:11:7: leaking param: t
./receivers.go:13:7: t does not escape
./receivers.go:19:7: &T{...} escapes to heap:
./receivers.go:19:7:   flow: b = &{storage for &T{...}}:
./receivers.go:19:7:     from &T{...} (spill) at ./receivers.go:19:7
./receivers.go:19:7:     from b := &T{...} (assign) at ./receivers.go:19:4
./receivers.go:19:7:   flow: {heap} = b:
./receivers.go:19:7:     from (*T).Save(b) (call parameter) at ./receivers.go:20:8
./receivers.go:19:7: &T{...} escapes to heap
