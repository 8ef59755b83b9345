./closure_direct.go:7:2: func literal does not escape
./closure_direct.go:15:9: func literal does not escape
