./bytes_conv.go:8:12: s does not escape
./bytes_conv.go:9:13: ([]byte)(s) does not escape
./bytes_conv.go:19:46: ([]byte)(s) escapes to heap:
./bytes_conv.go:19:46:   flow: ~r0 = &{storage for ([]byte)(s)}:
./bytes_conv.go:19:46:     from ([]byte)(s) (spill) at ./bytes_conv.go:19:46
./bytes_conv.go:19:46:     from return ([]byte)(s) (return) at ./bytes_conv.go:19:33
./bytes_conv.go:19:14: s does not escape
./bytes_conv.go:19:46: ([]byte)(s) escapes to heap
./bytes_conv.go:21:39: ([]byte)(s) escapes to heap:
./bytes_conv.go:21:39:   flow: {heap} = &{storage for ([]byte)(s)}:
./bytes_conv.go:21:39:     from ([]byte)(s) (spill) at ./bytes_conv.go:21:39
./bytes_conv.go:21:39:     from kb = ([]byte)(s) (assign) at ./bytes_conv.go:21:31
./bytes_conv.go:21:16: s does not escape
./bytes_conv.go:21:39: ([]byte)(s) escapes to heap
./bytes_conv.go:23:12: b does not escape
./bytes_conv.go:23:22: s does not escape
./bytes_conv.go:23:52: string(b) does not escape
./bytes_conv.go:25:40: string(b) escapes to heap:
./bytes_conv.go:25:40:   flow: {heap} = &{storage for string(b)}:
./bytes_conv.go:25:40:     from string(b) (spill) at ./bytes_conv.go:25:40
./bytes_conv.go:25:40:     from ks = string(b) (assign) at ./bytes_conv.go:25:32
./bytes_conv.go:25:17: b does not escape
./bytes_conv.go:25:40: string(b) escapes to heap
./bytes_conv.go:27:12: s does not escape
./bytes_conv.go:27:45: ([]rune)(s) does not escape
./bytes_conv.go:31:19: ([]byte)("abc") does not escape
./bytes_conv.go:32:56: string(kb) does not escape
./bytes_conv.go:32:74: ([]byte)("q") does not escape
