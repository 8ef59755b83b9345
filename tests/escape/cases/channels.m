./channels.go:4:14: ch does not escape
./channels.go:5:2: moved to heap: x
./channels.go:10:14: ch does not escape
