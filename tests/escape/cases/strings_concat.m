./strings_concat.go:6:14: a does not escape
./strings_concat.go:6:17: b does not escape
./strings_concat.go:7:9: a + b does not escape
./strings_concat.go:11:11: a does not escape
./strings_concat.go:11:14: b does not escape
./strings_concat.go:11:48: a + "-" + b escapes to heap
./strings_concat.go:13:12: a does not escape
./strings_concat.go:13:33: a + "!" escapes to heap
