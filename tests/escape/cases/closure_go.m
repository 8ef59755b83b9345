./closure_go.go:7:5: func literal escapes to heap
./closure_go.go:13:13: p does not escape
./closure_go.go:13:21: done does not escape
./closure_go.go:20:2: moved to heap: v
