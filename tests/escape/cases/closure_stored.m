./closure_stored.go:7:2: moved to heap: count
./closure_stored.go:8:9: func literal escapes to heap
