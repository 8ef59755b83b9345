./closure_stored.go:8:9: func literal escapes to heap:
./closure_stored.go:8:9:   flow: {heap} = &{storage for func literal}:
./closure_stored.go:8:9:     from func literal (spill) at ./closure_stored.go:8:9
./closure_stored.go:8:9:     from hook = func literal (assign) at ./closure_stored.go:8:7
./closure_stored.go:7:2: install capturing by ref: count (addr=false assign=true width=8)
./closure_stored.go:7:2: count escapes to heap:
./closure_stored.go:7:2:   flow: {storage for func literal} = &count:
./closure_stored.go:7:2:     from count (captured by a closure) at ./closure_stored.go:9:3
./closure_stored.go:7:2:     from count (reference) at ./closure_stored.go:9:3
./closure_stored.go:7:2: moved to heap: count
./closure_stored.go:8:9: func literal escapes to heap
