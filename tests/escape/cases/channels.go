package main

// A pointer sent on a channel escapes: the receiver may be another goroutine.
func sendPtr(ch chan *int) {
	x := 11
	ch <- &x
}

// Values sent by copy do not make anything escape.
func sendVal(ch chan int) {
	y := 12
	ch <- y
}

func main() {
	cp := make(chan *int, 1)
	sendPtr(cp)
	cv := make(chan int, 1)
	sendVal(cv)
	println(*<-cp, <-cv)
}
