./leak_result.go:5:9: leaking param: p to result ~r0 level=0
./leak_result.go:7:12: leaking param: pp to result ~r0 level=1
./leak_result.go:11:7: leaking param: b to result ~r0 level=1
./leak_result.go:13:11: leaking param: a to result ~r0 level=0
./leak_result.go:13:14: leaking param: b to result ~r0 level=0
