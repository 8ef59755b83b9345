./leak_content.go:8:17: leaking param content: s
./leak_content.go:10:17: leaking param content: b
./leak_content.go:12:15: leaking param content: ss
./leak_content.go:15:2: moved to heap: x
./leak_content.go:15:5: moved to heap: y
./leak_content.go:16:19: []*int{...} does not escape
./leak_content.go:18:13: &struct { p *int }{...} does not escape
./leak_content.go:19:19: []string{...} does not escape
