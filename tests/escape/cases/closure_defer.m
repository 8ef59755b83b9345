./closure_defer.go:6:8: func literal does not escape
./closure_defer.go:10:19: moved to heap: total
./closure_defer.go:13:9: func literal escapes to heap
