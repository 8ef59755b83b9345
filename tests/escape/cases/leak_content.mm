./leak_content.go:8:17: parameter s leaks to {heap} with derefs=1:
./leak_content.go:8:17:   flow: {heap} = *s:
./leak_content.go:8:17:     from s[0] (dot of pointer) at ./leak_content.go:8:35
./leak_content.go:8:17:     from gp = s[0] (assign) at ./leak_content.go:8:32
./leak_content.go:8:17: leaking param content: s
./leak_content.go:10:17: parameter b leaks to {heap} with derefs=1:
./leak_content.go:10:17:   flow: {heap} = *b:
./leak_content.go:10:17:     from b.p (dot of pointer) at ./leak_content.go:10:46
./leak_content.go:10:17:     from gp = b.p (assign) at ./leak_content.go:10:43
./leak_content.go:10:17: leaking param content: b
./leak_content.go:12:15: parameter ss leaks to {heap} with derefs=1:
./leak_content.go:12:15:   flow: {heap} = *ss:
./leak_content.go:12:15:     from ss[0] (dot of pointer) at ./leak_content.go:12:37
./leak_content.go:12:15:     from gs = ss[0] (assign) at ./leak_content.go:12:33
./leak_content.go:12:15: leaking param content: ss
./leak_content.go:15:5: y escapes to heap:
./leak_content.go:15:5:   flow: {storage for &struct { p *int }{...}} = &y:
./leak_content.go:15:5:     from &y (address-of) at ./leak_content.go:18:31
./leak_content.go:15:5:     from struct { p *int }{...} (struct literal element) at ./leak_content.go:18:30
./leak_content.go:15:5:   flow: {heap} = {storage for &struct { p *int }{...}}:
./leak_content.go:15:5:     from &struct { p *int }{...} (spill) at ./leak_content.go:18:13
./leak_content.go:15:5:     from storeField(&struct { p *int }{...}) (call parameter) at ./leak_content.go:18:12
./leak_content.go:15:2: x escapes to heap:
./leak_content.go:15:2:   flow: {storage for []*int{...}} = &x:
./leak_content.go:15:2:     from &x (address-of) at ./leak_content.go:16:20
./leak_content.go:15:2:     from []*int{...} (slice-literal-element) at ./leak_content.go:16:19
./leak_content.go:15:2:   flow: {heap} = {storage for []*int{...}}:
./leak_content.go:15:2:     from []*int{...} (spill) at ./leak_content.go:16:19
./leak_content.go:15:2:     from storeFirst([]*int{...}) (call parameter) at ./leak_content.go:16:12
./leak_content.go:15:2: moved to heap: x
./leak_content.go:15:5: moved to heap: y
./leak_content.go:16:19: []*int{...} does not escape
./leak_content.go:18:13: &struct { p *int }{...} does not escape
./leak_content.go:19:19: []string{...} does not escape
