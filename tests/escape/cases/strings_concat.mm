./strings_concat.go:6:14: a does not escape
./strings_concat.go:6:17: b does not escape
./strings_concat.go:7:9: a + b does not escape
./strings_concat.go:11:48: a + "-" + b escapes to heap:
./strings_concat.go:11:48:   flow: ~r0 = &{storage for a + "-" + b}:
./strings_concat.go:11:48:     from a + "-" + b (spill) at ./strings_concat.go:11:48
./strings_concat.go:11:48:     from return a + "-" + b (return) at ./strings_concat.go:11:33
./strings_concat.go:11:11: a does not escape
./strings_concat.go:11:14: b does not escape
./strings_concat.go:11:48: a + "-" + b escapes to heap
./strings_concat.go:13:33: a + "!" escapes to heap:
./strings_concat.go:13:33:   flow: {heap} = &{storage for a + "!"}:
./strings_concat.go:13:33:     from a + "!" (spill) at ./strings_concat.go:13:33
./strings_concat.go:13:33:     from keep = a + "!" (assign) at ./strings_concat.go:13:29
./strings_concat.go:13:12: a does not escape
./strings_concat.go:13:33: a + "!" escapes to heap
