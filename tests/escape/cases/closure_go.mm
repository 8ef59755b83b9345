./closure_go.go:7:5: func literal escapes to heap:
./closure_go.go:7:5:   flow: {heap} = &{storage for func literal}:
./closure_go.go:7:5:     from func literal (spill) at ./closure_go.go:7:5
./closure_go.go:5:2: spawn capturing by value: done (addr=false assign=false width=8)
./closure_go.go:6:2: spawn capturing by value: x (addr=false assign=false width=8)
./closure_go.go:7:5: func literal escapes to heap
./closure_go.go:13:13: p does not escape
./closure_go.go:13:21: done does not escape
./closure_go.go:22:2: func literal escapes to heap:
./closure_go.go:22:2:   flow: {heap} = &{storage for func literal}:
./closure_go.go:22:2:     from func literal (spill) at ./closure_go.go:22:2
./closure_go.go:22:12: spawnCall capturing by value: .autotmp_3 (addr=false assign=false width=8)
./closure_go.go:22:11: spawnCall capturing by value: .autotmp_4 (addr=false assign=false width=8)
./closure_go.go:20:2: v escapes to heap:
./closure_go.go:20:2:   flow: .autotmp_3 = &v:
./closure_go.go:20:2:     from &v (address-of) at ./closure_go.go:22:12
./closure_go.go:20:2:     from .autotmp_3 = &v (assign) at ./closure_go.go:22:12
./closure_go.go:20:2:   flow: {storage for func literal} = .autotmp_3:
./closure_go.go:20:2:     from .autotmp_3 (captured by a closure) at ./closure_go.go:22:11
./closure_go.go:20:2: moved to heap: v
