./closure_returned.go:5:2: counter capturing by ref: n (addr=false assign=true width=8)
./closure_returned.go:6:9: func literal escapes to heap:
./closure_returned.go:6:9:   flow: ~r0 = &{storage for func literal}:
./closure_returned.go:6:9:     from func literal (spill) at ./closure_returned.go:6:9
./closure_returned.go:6:9:     from return func literal (return) at ./closure_returned.go:6:2
./closure_returned.go:5:2: n escapes to heap:
./closure_returned.go:5:2:   flow: {storage for func literal} = &n:
./closure_returned.go:5:2:     from n (captured by a closure) at ./closure_returned.go:7:3
./closure_returned.go:5:2:     from n (reference) at ./closure_returned.go:7:3
./closure_returned.go:5:2: moved to heap: n
./closure_returned.go:6:9: func literal escapes to heap
./closure_returned.go:14:12: adder capturing by value: k (addr=false assign=false width=8)
./closure_returned.go:15:9: func literal escapes to heap:
./closure_returned.go:15:9:   flow: ~r0 = &{storage for func literal}:
./closure_returned.go:15:9:     from func literal (spill) at ./closure_returned.go:15:9
./closure_returned.go:15:9:     from return func literal (return) at ./closure_returned.go:15:2
./closure_returned.go:14:12: parameter k leaks to {storage for func literal} with derefs=0:
./closure_returned.go:14:12:   flow: {storage for func literal} = k:
./closure_returned.go:14:12:     from k (captured by a closure) at ./closure_returned.go:15:38
./closure_returned.go:15:9: func literal escapes to heap
