package main

// A func literal run by a go statement escapes: the goroutine outlives the frame.
func spawn() int {
	done := make(chan int)
	x := 5
	go func() {
		done <- x * 2
	}()
	return <-done
}

func worker(p *int, done chan bool) {
	*p = 99
	done <- true
}

// Arguments of a go statement's call escape too.
func spawnCall() int {
	v := 0
	done := make(chan bool)
	go worker(&v, done)
	<-done
	return v
}

func main() {
	println(spawn(), spawnCall())
}
