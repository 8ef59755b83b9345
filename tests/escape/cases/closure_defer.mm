./closure_defer.go:5:13: top capturing by ref: r (addr=false assign=true width=8)
./closure_defer.go:6:8: func literal does not escape
./closure_defer.go:13:9: func literal escapes to heap:
./closure_defer.go:13:9:   flow: {heap} = &{storage for func literal}:
./closure_defer.go:13:9:     from func literal (spill) at ./closure_defer.go:13:9
./closure_defer.go:11:2: loop capturing by value: step (addr=false assign=false width=8)
./closure_defer.go:10:19: loop capturing by ref: total (addr=false assign=true width=8)
./closure_defer.go:10:19: total escapes to heap:
./closure_defer.go:10:19:   flow: {storage for func literal} = &total:
./closure_defer.go:10:19:     from total (captured by a closure) at ./closure_defer.go:13:18
./closure_defer.go:10:19:     from total (reference) at ./closure_defer.go:13:18
./closure_defer.go:10:19: moved to heap: total
./closure_defer.go:13:9: func literal escapes to heap
