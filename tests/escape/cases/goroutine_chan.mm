./goroutine_chan.go:6:13: jobs does not escape
./goroutine_chan.go:6:29: results does not escape
./goroutine_chan.go:16:2: func literal escapes to heap:
./goroutine_chan.go:16:2:   flow: {heap} = &{storage for func literal}:
./goroutine_chan.go:16:2:     from func literal (spill) at ./goroutine_chan.go:16:2
./goroutine_chan.go:18:11: &Job{...} escapes to heap:
./goroutine_chan.go:18:11:   flow: {heap} = &{storage for &Job{...}}:
./goroutine_chan.go:18:11:     from &Job{...} (spill) at ./goroutine_chan.go:18:11
./goroutine_chan.go:18:11:     from jobs <- (&Job{...}) (send) at ./goroutine_chan.go:18:8
./goroutine_chan.go:16:11: run capturing by value: .autotmp_6 (addr=false assign=false width=8)
./goroutine_chan.go:16:11: run capturing by value: .autotmp_7 (addr=false assign=false width=8)
./goroutine_chan.go:18:11: &Job{...} escapes to heap
