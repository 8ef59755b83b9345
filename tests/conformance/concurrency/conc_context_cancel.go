package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println("deadline:", ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done early")
	default:
		fmt.Println("not done")
	}
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("workers stopped:", n)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // idempotent
	fmt.Println(ctx.Err() == context.Canceled)

	// Propagation to children and grandchildren, not to parents.
	parent, pcancel := context.WithCancel(bg)
	child, ccancel := context.WithCancel(parent)
	grand, gcancel := context.WithCancel(child)
	defer gcancel()
	sibling, scancel := context.WithCancel(parent)
	ccancel()
	fmt.Println(parent.Err(), child.Err(), grand.Err(), sibling.Err())
	pcancel()
	<-sibling.Done()
	fmt.Println(parent.Err(), sibling.Err())
	scancel()

	// A child of an already canceled parent is canceled at once.
	late, lcancel := context.WithCancel(parent)
	defer lcancel()
	<-late.Done()
	fmt.Println("late child:", late.Err())

	fmt.Println(ctx)
	fmt.Println(grand)
	fmt.Println(context.Canceled.Error())
}
