// os/signal: signals the program sends itself reach Notify's channels; Stop, Ignore,
// Reset and NotifyContext, as go runs them.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	s := <-c
	fmt.Println("got", s, s == syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	fmt.Println("got", <-c)

	// Two channels for one signal: both get it.
	c2 := make(chan os.Signal, 1)
	signal.Notify(c2, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println(<-c, <-c2)
	signal.Stop(c2)

	// Stopped: c no longer gets SIGUSR1, only SIGINT.
	signal.Stop(c)
	signal.Ignore(syscall.SIGUSR2)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGUSR2), signal.Ignored(syscall.SIGUSR1))
	syscall.Kill(os.Getpid(), syscall.SIGUSR2) // ignored: nothing happens
	time.Sleep(20 * time.Millisecond)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("nothing on a stopped channel")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	<-ctx.Done()
	fmt.Println(ctx.Err())
	stop()

	// Names.
	fmt.Println(syscall.SIGHUP, syscall.SIGKILL, syscall.SIGSEGV, syscall.Signal(99))
	signal.Reset()
	fmt.Println("done")
}
