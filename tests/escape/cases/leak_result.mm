./leak_result.go:5:9: parameter p leaks to ~r0 with derefs=0:
./leak_result.go:5:9:   flow: ~r0 = p:
./leak_result.go:5:9:     from return p (return) at ./leak_result.go:5:24
./leak_result.go:5:9: leaking param: p to result ~r0 level=0
./leak_result.go:7:12: parameter pp leaks to ~r0 with derefs=1:
./leak_result.go:7:12:   flow: ~r0 = *pp:
./leak_result.go:7:12:     from *pp (indirection) at ./leak_result.go:7:36
./leak_result.go:7:12:     from return *pp (return) at ./leak_result.go:7:29
./leak_result.go:7:12: leaking param: pp to result ~r0 level=1
./leak_result.go:11:7: parameter b leaks to ~r0 with derefs=1:
./leak_result.go:11:7:   flow: ~r0 = *b:
./leak_result.go:11:7:     from b.p (dot of pointer) at ./leak_result.go:11:36
./leak_result.go:11:7:     from return b.p (return) at ./leak_result.go:11:28
./leak_result.go:11:7: leaking param: b to result ~r0 level=1
./leak_result.go:13:14: parameter b leaks to ~r0 with derefs=0:
./leak_result.go:13:14:   flow: ~r0 = b:
./leak_result.go:13:14:     from return b (return) at ./leak_result.go:17:2
./leak_result.go:13:11: parameter a leaks to ~r0 with derefs=0:
./leak_result.go:13:11:   flow: ~r0 = a:
./leak_result.go:13:11:     from return a (return) at ./leak_result.go:15:3
./leak_result.go:13:11: leaking param: a to result ~r0 level=0
./leak_result.go:13:14: leaking param: b to result ~r0 level=0
