./closure_param.go:7:11: f does not escape
./closure_param.go:9:11: parameter f leaks to {heap} with derefs=0:
./closure_param.go:9:11:   flow: {heap} = f:
./closure_param.go:9:11:     from saved = f (assign) at ./closure_param.go:9:33
./closure_param.go:9:11: leaking param: f
./closure_param.go:15:7: func literal escapes to heap:
./closure_param.go:15:7:   flow: {heap} = &{storage for func literal}:
./closure_param.go:15:7:     from func literal (spill) at ./closure_param.go:15:7
./closure_param.go:15:7:     from keep(func literal) (call parameter) at ./closure_param.go:15:6
./closure_param.go:12:2: main capturing by value: a (addr=false assign=false width=8)
./closure_param.go:14:2: main capturing by value: b (addr=false assign=false width=8)
./closure_param.go:13:12: func literal does not escape
./closure_param.go:15:7: func literal escapes to heap
