package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slow(ctx, 20*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(err == context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te) && te.Timeout())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Second)
	fmt.Println(slow(ctx2, 5*time.Millisecond))
	cancel2()
	fmt.Println(ctx2.Err())

	// A deadline in the past.
	ctx3, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err())

	// Deadline() reports the deadline; a child keeps the earlier one.
	d := time.Now().Add(time.Hour)
	ctx4, cancel4 := context.WithDeadline(context.Background(), d)
	defer cancel4()
	got, ok := ctx4.Deadline()
	fmt.Println(ok, got.Equal(d))
	ctx5, cancel5 := context.WithTimeout(ctx4, 2*time.Hour)
	defer cancel5()
	got5, _ := ctx5.Deadline()
	fmt.Println("child keeps parent deadline:", got5.Equal(d))

	// Timeout of a parent cancels the children.
	p, pc := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer pc()
	c, cc := context.WithCancel(p)
	defer cc()
	v := context.WithValue(c, "k", "v")
	<-v.Done()
	fmt.Println(c.Err(), v.Err(), v.Value("k"))
}
