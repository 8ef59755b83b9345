// Pipes on the network poller: reads that wait park the goroutine, deadlines, close
// waking a blocked reader, big writes through a full pipe, fmt writing to a pipe.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprintf(w, "hello %s\n", "pipe")
	}()
	buf := make([]byte, 64)
	n, err := r.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)

	// A read deadline.
	r.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	_, err = r.Read(buf)
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), err)
	r.SetReadDeadline(time.Time{})

	// A megabyte through the 64 KB pipe: the writer parks until the reader drains.
	big := strings.Repeat("0123456789", 100000)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		n, err := io.WriteString(w, big)
		fmt.Println("wrote", n, err)
		w.Close()
	}()
	all, err := io.ReadAll(r)
	wg.Wait()
	fmt.Println("read", len(all), err, string(all) == big)

	// Close wakes a reader parked on an empty pipe.
	r2, w2, _ := os.Pipe()
	done := make(chan error)
	go func() {
		_, err := r2.Read(buf)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	r2.Close()
	err = <-done
	fmt.Println(errors.Is(err, os.ErrClosed), err)
	_, err = w2.Write([]byte("x"))
	fmt.Println(err)
	w2.Close()
	fmt.Println(w2.Close())
	f, _ := os.Open(os.DevNull)
	fmt.Println(f.SetDeadline(time.Now()))
	f.Close()
}
