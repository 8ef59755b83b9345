./closure_param.go:7:11: f does not escape
./closure_param.go:9:11: leaking param: f
./closure_param.go:13:12: func literal does not escape
./closure_param.go:15:7: func literal escapes to heap
