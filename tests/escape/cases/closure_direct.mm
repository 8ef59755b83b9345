./closure_direct.go:6:2: direct capturing by ref: x (addr=false assign=true width=8)
./closure_direct.go:7:2: func literal does not escape
./closure_direct.go:14:2: local capturing by ref: n (addr=false assign=true width=8)
./closure_direct.go:15:9: func literal does not escape
