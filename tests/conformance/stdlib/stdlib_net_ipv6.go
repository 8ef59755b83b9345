// IPv6 on the loopback: TCP and UDP over [::1].
package main

import (
	"fmt"
	"io"
	"net"
)

func main() {
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		fmt.Println("no ipv6:", err != nil)
		return
	}
	go func() {
		c, _ := ln.Accept()
		io.Copy(c, c)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	fmt.Println(err, c.RemoteAddr().(*net.TCPAddr).IP.To4() == nil)
	c.Write([]byte("six"))
	b := make([]byte, 3)
	io.ReadFull(c, b)
	fmt.Println(string(b))
	pc, err := net.ListenPacket("udp6", "[::1]:0")
	fmt.Println(err)
	u, _ := net.Dial("udp6", pc.LocalAddr().String())
	u.Write([]byte("pkt"))
	n, from, _ := pc.ReadFrom(b)
	fmt.Println(string(b[:n]), from.(*net.UDPAddr).IP.String())
}
