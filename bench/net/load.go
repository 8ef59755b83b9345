// The load generator of bench/net/run, always compiled with go (it measures the server).
//
//	load http://ADDR/ CONNS SECONDS   keep-alive clients for SECONDS: requests/s, p50, p99
//	load -idle http://ADDR/ N         N keep-alive connections, one request each, then held
//	                                  open until stdin closes (the server's RSS is read then)
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

func request(c net.Conn, r *bufio.Reader, host string) error {
	if _, err := fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", host); err != nil {
		return err
	}
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		if line == "\r\n" {
			break
		}
		var n int
		if _, err := fmt.Sscanf(line, "Content-Length: %d", &n); err == nil {
			length = n
		}
	}
	if length < 0 {
		return fmt.Errorf("no Content-Length")
	}
	_, err := io.CopyN(io.Discard, r, int64(length))
	return err
}

func main() {
	if len(os.Args) == 4 && os.Args[1] == "-idle" {
		host := os.Args[2][len("http://") : len(os.Args[2])-1]
		n, _ := strconv.Atoi(os.Args[3])
		conns := make([]net.Conn, 0, n)
		for i := 0; i < n; i++ {
			c, err := net.Dial("tcp", host)
			if err != nil {
				fmt.Println("dial:", err)
				os.Exit(1)
			}
			if err := request(c, bufio.NewReader(c), host); err != nil {
				fmt.Println("request:", err)
				os.Exit(1)
			}
			conns = append(conns, c)
		}
		fmt.Println("holding", len(conns))
		io.Copy(io.Discard, os.Stdin)
		return
	}
	host := os.Args[1][len("http://") : len(os.Args[1])-1]
	conns, _ := strconv.Atoi(os.Args[2])
	secs, _ := strconv.ParseFloat(os.Args[3], 64)
	deadline := time.Now().Add(time.Duration(secs * float64(time.Second)))
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", host)
			if err != nil {
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			var mine []time.Duration
			for time.Now().Before(deadline) {
				t := time.Now()
				if request(c, r, host) != nil {
					break
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) == 0 {
		fmt.Println("no requests")
		os.Exit(1)
	}
	fmt.Printf("%.0f req/s p50 %.3f ms p99 %.3f ms\n", float64(len(lat))/secs,
		float64(lat[len(lat)/2].Microseconds())/1000, float64(lat[len(lat)*99/100].Microseconds())/1000)
}
