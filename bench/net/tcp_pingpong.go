// TCP ping-pong over localhost: one goroutine echoes what the other sends, 64 bytes at a
// time, N round trips (default 100000); prints round trips per second.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"time"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		buf := make([]byte, 64)
		for {
			if _, err := io.ReadFull(c, buf); err != nil {
				return
			}
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	msg := make([]byte, 64)
	start := time.Now()
	for i := 0; i < n; i++ {
		if _, err := c.Write(msg); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		if _, err := io.ReadFull(c, msg); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
	}
	el := time.Since(start)
	fmt.Printf("%d round trips in %.3f s: %.0f/s\n", n, el.Seconds(), float64(n)/el.Seconds())
}
