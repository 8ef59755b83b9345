// TCP, UDP and Unix sockets on the network poller: an echo server with many concurrent
// clients, deadlines, EOF, refused connections, and packets.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

func echoServer(ln net.Listener, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept ended:", errors.Is(err, net.ErrClosed))
			return
		}
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if _, err := c.Write([]byte(strings.ToUpper(line))); err != nil {
					return
				}
			}
		}(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println("listening on loopback:", addr.IP.IsLoopback(), addr.Port > 0, ln.Addr().Network())
	var wg sync.WaitGroup
	wg.Add(1)
	go echoServer(ln, &wg)

	// One client, line by line.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	r := bufio.NewReader(c)
	for _, w := range []string{"hello", "poller", "world"} {
		fmt.Fprintf(c, "%s\n", w)
		got, _ := r.ReadString('\n')
		fmt.Print(got)
	}
	fmt.Println(c.LocalAddr().Network(), c.RemoteAddr().String() == ln.Addr().String())

	// A read deadline: nothing comes, the read times out, not before the deadline (start is
	// taken before the deadline is set: the time between the two is not the test's).
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	buf := make([]byte, 10)
	_, err = c.Read(buf)
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded),
		strings.HasSuffix(err.Error(), "i/o timeout"), time.Since(start) >= 30*time.Millisecond)
	c.SetReadDeadline(time.Time{})
	fmt.Fprintf(c, "again\n")
	got, _ := r.ReadString('\n')
	fmt.Print(got)
	c.(*net.TCPConn).CloseWrite()
	_, err = r.ReadString('\n')
	fmt.Println("after CloseWrite:", err == io.EOF)
	c.Close()

	// Many clients at once.
	var cw sync.WaitGroup
	results := make([]string, 50)
	for i := 0; i < 50; i++ {
		cw.Add(1)
		go func(i int) {
			defer cw.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				results[i] = "dial error"
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			var sb strings.Builder
			for j := 0; j < 20; j++ {
				fmt.Fprintf(c, "c%d-%d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil {
					results[i] = "read error"
					return
				}
				if j == 19 {
					sb.WriteString(strings.TrimSpace(line))
				}
			}
			results[i] = sb.String()
		}(i)
	}
	cw.Wait()
	sort.Strings(results)
	fmt.Println(len(results), results[0], results[49])

	// A big transfer: the writer blocks until the reader drains.
	c2, _ := net.Dial("tcp", ln.Addr().String())
	big := strings.Repeat("abcdefghij", 100000) + "\n"
	go func() { c2.Write([]byte(big)) }()
	line, err := bufio.NewReaderSize(c2, 1<<16).ReadString('\n')
	fmt.Println("big:", len(line), err, line[:10])
	c2.Close()

	ln.Close()
	wg.Wait()

	// A refused connection.
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := ln2.Addr().String()
	ln2.Close()
	_, err = net.Dial("tcp", dead)
	var op *net.OpError
	fmt.Println("refused:", errors.As(err, &op), op.Op, strings.HasSuffix(err.Error(), "connect: connection refused"))

	// A dial cancelled by its context.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var d net.Dialer
	_, err = d.DialContext(ctx, "tcp", "127.0.0.1:1")
	fmt.Println("cancelled:", err != nil)

	// UDP packets.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("udp:", err)
		return
	}
	uc, _ := net.Dial("udp", pc.LocalAddr().String())
	uc.Write([]byte("ping"))
	pbuf := make([]byte, 100)
	n, from, err := pc.ReadFrom(pbuf)
	fmt.Println("udp:", string(pbuf[:n]), err, from.Network())
	pc.WriteTo([]byte("pong"), from)
	n, _ = uc.Read(pbuf)
	fmt.Println("udp reply:", string(pbuf[:n]))
	pc.Close()
	uc.Close()

	// A Unix socket.
	dir, _ := os.MkdirTemp("", "golite-net")
	defer os.RemoveAll(dir)
	sock := filepath.Join(dir, "s.sock")
	ul, err := net.Listen("unix", sock)
	if err != nil {
		fmt.Println("unix:", err)
		return
	}
	go func() {
		c, err := ul.Accept()
		if err != nil {
			return
		}
		io.Copy(c, c)
		c.Close()
	}()
	ucn, _ := net.Dial("unix", sock)
	ucn.Write([]byte("over unix"))
	n, _ = io.ReadFull(ucn, pbuf[:9])
	fmt.Println("unix:", string(pbuf[:n]), ucn.RemoteAddr().Network())
	ucn.Close()
	ul.Close()

	// net.Pipe is synchronous and in memory.
	p1, p2 := net.Pipe()
	go func() { p1.Write([]byte("piped")); p1.Close() }()
	all, _ := io.ReadAll(p2)
	fmt.Println("pipe:", string(all))
}
