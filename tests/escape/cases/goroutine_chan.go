package main

type Job struct{ n int }

// Pointers sent to a worker goroutine escape; results sent by value do not.
func worker(jobs chan *Job, results chan int) {
	for j := range jobs {
		results <- j.n * j.n
	}
	close(results)
}

func run() int {
	jobs := make(chan *Job, 3)
	results := make(chan int, 3)
	go worker(jobs, results)
	for i := 1; i <= 3; i++ {
		jobs <- &Job{i}
	}
	close(jobs)
	t := 0
	for r := range results {
		t += r
	}
	return t
}

func main() {
	println(run())
}
