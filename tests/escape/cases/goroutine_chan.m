./goroutine_chan.go:6:13: jobs does not escape
./goroutine_chan.go:6:29: results does not escape
./goroutine_chan.go:18:11: &Job{...} escapes to heap
