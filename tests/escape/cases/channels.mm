./channels.go:5:2: x escapes to heap:
./channels.go:5:2:   flow: {heap} = &x:
./channels.go:5:2:     from &x (address-of) at ./channels.go:6:8
./channels.go:5:2:     from ch <- &x (send) at ./channels.go:6:5
./channels.go:4:14: ch does not escape
./channels.go:5:2: moved to heap: x
./channels.go:10:14: ch does not escape
