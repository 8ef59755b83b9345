// Package syscall's sockets, pipes and netlink, as Go's internal/poll and net use them:
// a TCP connection over IPv4 and IPv6 loopback, a Unix-domain stream socket at a path,
// a socketpair, UDP datagrams with Sendto/Recvfrom and SendmsgN/Recvmsg, options, errors,
// the system's name, limits and network interfaces; and an Accept and a Read that block
// in the kernel while the one P runs the goroutine that connects (syscall.Syscall hands
// the P over, as Go's entersyscall does).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"unsafe"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

// describe prints a socket address without its port number (the kernel chooses it).
func describe(sa syscall.Sockaddr) string {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return fmt.Sprintf("inet4 %v port>0=%v", a.Addr, a.Port > 0)
	case *syscall.SockaddrInet6:
		return fmt.Sprintf("inet6 %v port>0=%v zone=%d", a.Addr, a.Port > 0, a.ZoneId)
	case *syscall.SockaddrUnix:
		return fmt.Sprintf("unix %q", filepath.Base(a.Name))
	case nil:
		return "nil"
	}
	return fmt.Sprintf("%T", sa)
}

// tcp listens on the loopback address of a family, connects to it, accepts and sends a
// message each way.
func tcp(family int, loopback syscall.Sockaddr) {
	l, err := syscall.Socket(family, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	check("socket", err)
	defer syscall.Close(l)
	check("setsockopt", syscall.SetsockoptInt(l, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1))
	v, err := syscall.GetsockoptInt(l, syscall.SOL_SOCKET, syscall.SO_REUSEADDR)
	fmt.Println("SO_REUSEADDR:", v != 0, err)
	check("bind", syscall.Bind(l, loopback))
	check("listen", syscall.Listen(l, syscall.SOMAXCONN))
	la, err := syscall.Getsockname(l)
	check("getsockname", err)
	fmt.Println("listening:", describe(la))
	typ, err := syscall.GetsockoptInt(l, syscall.SOL_SOCKET, syscall.SO_TYPE)
	fmt.Println("SO_TYPE is SOCK_STREAM:", typ == syscall.SOCK_STREAM, err)

	c, err := syscall.Socket(family, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	check("socket", err)
	defer syscall.Close(c)
	check("connect", syscall.Connect(c, la))
	check("nodelay", syscall.SetsockoptInt(c, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1))
	nd, _ := syscall.GetsockoptInt(c, syscall.IPPROTO_TCP, syscall.TCP_NODELAY)
	fmt.Println("TCP_NODELAY:", nd)
	s, from, err := syscall.Accept4(l, syscall.SOCK_CLOEXEC)
	check("accept4", err)
	defer syscall.Close(s)
	fmt.Println("accepted from:", describe(from))
	peer, err := syscall.Getpeername(c)
	check("getpeername", err)
	fmt.Println("client's peer:", describe(peer))
	mine, _ := syscall.Getsockname(c)
	fmt.Println("client's name equals the accepted peer:", fmt.Sprint(mine) == fmt.Sprint(from))

	n, err := syscall.Write(c, []byte("ping over tcp"))
	fmt.Println("write:", n, err)
	buf := make([]byte, 64)
	n, err = syscall.Read(s, buf)
	fmt.Printf("read: %d %v %q\n", n, err, buf[:n])
	n, err = syscall.SendmsgN(s, []byte("pong"), nil, nil, 0)
	fmt.Println("sendmsgN:", n, err)
	n, from, err = syscall.Recvfrom(c, buf, 0)
	fmt.Printf("recvfrom: %d %q from=%s %v\n", n, buf[:n], describe(from), err)
	check("shutdown", syscall.Shutdown(c, syscall.SHUT_WR))
	n, err = syscall.Read(s, buf)
	fmt.Println("read after shutdown:", n, err)
	check("linger", syscall.SetsockoptLinger(s, syscall.SOL_SOCKET, syscall.SO_LINGER, &syscall.Linger{Onoff: 1, Linger: 0}))
}

func unixSocket(dir string) {
	path := filepath.Join(dir, "sock")
	l, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	check("socket", err)
	defer syscall.Close(l)
	check("bind", syscall.Bind(l, &syscall.SockaddrUnix{Name: path}))
	check("listen", syscall.Listen(l, 5))
	la, err := syscall.Getsockname(l)
	check("getsockname", err)
	fmt.Println("unix listening:", describe(la), la.(*syscall.SockaddrUnix).Name == path)
	c, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	check("socket", err)
	defer syscall.Close(c)
	check("connect", syscall.Connect(c, &syscall.SockaddrUnix{Name: path}))
	s, from, err := syscall.Accept(l)
	check("accept", err)
	defer syscall.Close(s)
	fmt.Println("unix accepted from:", describe(from))
	peer, _ := syscall.Getpeername(c)
	fmt.Println("unix client's peer:", describe(peer))
	syscall.Write(c, []byte("over a path"))
	buf := make([]byte, 32)
	n, _ := syscall.Read(s, buf)
	fmt.Printf("unix read: %q\n", buf[:n])
	fmt.Println("bind a second time:", syscall.Bind(c, &syscall.SockaddrUnix{Name: path}))
	long := make([]byte, 108)
	for i := range long {
		long[i] = 'x'
	}
	fmt.Println("a path too long:", syscall.Connect(c, &syscall.SockaddrUnix{Name: string(long)}))
	check("unlink", syscall.Unlink(path))
	fmt.Println("unlink again:", syscall.Unlink(path))
}

func socketpair() {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_SEQPACKET|syscall.SOCK_CLOEXEC, 0)
	check("socketpair", err)
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	typ, _ := syscall.GetsockoptInt(fds[0], syscall.SOL_SOCKET, syscall.SO_TYPE)
	fmt.Println("socketpair SO_TYPE is SOCK_SEQPACKET:", typ == syscall.SOCK_SEQPACKET)
	check("nonblock", syscall.SetNonblock(fds[1], true))
	buf := make([]byte, 16)
	n, err := syscall.Read(fds[1], buf)
	fmt.Println("read of an empty nonblocking socket:", n, err, err == syscall.EAGAIN)
	n, err = syscall.SendmsgN(fds[0], []byte("record one"), nil, nil, 0)
	fmt.Println("sendmsgN:", n, err)
	n, oobn, flags, from, err := syscall.Recvmsg(fds[1], buf[:6], nil, 0)
	fmt.Printf("recvmsg: %d %d truncated=%v %q %s %v\n", n, oobn, flags&syscall.MSG_TRUNC != 0, buf[:n], describe(from), err)
	check("sndbuf", syscall.SetsockoptInt(fds[0], syscall.SOL_SOCKET, syscall.SO_SNDBUF, 8192))
	sz, _ := syscall.GetsockoptInt(fds[0], syscall.SOL_SOCKET, syscall.SO_SNDBUF)
	fmt.Println("SO_SNDBUF set:", sz >= 8192)
}

func udp() {
	a, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
	check("socket", err)
	defer syscall.Close(a)
	b, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
	check("socket", err)
	defer syscall.Close(b)
	check("bind", syscall.Bind(a, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	check("bind", syscall.Bind(b, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	aa, _ := syscall.Getsockname(a)
	ba, _ := syscall.Getsockname(b)
	check("sendto", syscall.Sendto(a, []byte("datagram"), 0, ba))
	buf := make([]byte, 32)
	n, from, err := syscall.Recvfrom(b, buf, 0)
	fmt.Printf("udp recvfrom: %q %s from a=%v %v\n", buf[:n], describe(from), from.(*syscall.SockaddrInet4).Port == aa.(*syscall.SockaddrInet4).Port, err)
	n, err = syscall.SendmsgN(b, []byte("reply"), nil, aa, 0)
	fmt.Println("udp sendmsgN:", n, err)
	n, _, _, from, err = syscall.Recvmsg(a, buf, nil, 0)
	fmt.Printf("udp recvmsg: %q %s %v\n", buf[:n], describe(from), err)
	fmt.Println("bad port:", syscall.Sendto(a, []byte("x"), 0, &syscall.SockaddrInet4{Port: 70000}))
	check("broadcast", syscall.SetsockoptInt(a, syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1))
	bc, _ := syscall.GetsockoptInt(a, syscall.SOL_SOCKET, syscall.SO_BROADCAST)
	fmt.Println("SO_BROADCAST:", bc)
	check("multicast loop", syscall.SetsockoptByte(a, syscall.IPPROTO_IP, syscall.IP_MULTICAST_LOOP, 0))
	ml, _ := syscall.GetsockoptInt(a, syscall.IPPROTO_IP, syscall.IP_MULTICAST_LOOP)
	fmt.Println("IP_MULTICAST_LOOP:", ml)
	soErr, err := syscall.GetsockoptInt(a, syscall.SOL_SOCKET, syscall.SO_ERROR)
	fmt.Println("SO_ERROR:", soErr, err)
}

func errors() {
	_, err := syscall.Socket(12345, syscall.SOCK_STREAM, 0)
	fmt.Println("unknown family:", err, err == syscall.EAFNOSUPPORT)
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	check("socket", err)
	defer syscall.Close(fd)
	err = syscall.Connect(fd, &syscall.SockaddrInet4{Port: 1, Addr: [4]byte{127, 0, 0, 1}})
	fmt.Println("connect to a closed port:", err)
	_, err = syscall.Getpeername(fd)
	fmt.Println("getpeername unconnected:", err)
	_, _, err = syscall.Accept4(fd, 0)
	fmt.Println("accept on a socket not listening:", err)
	_, err = syscall.GetsockoptInt(-1, syscall.SOL_SOCKET, syscall.SO_TYPE)
	fmt.Println("getsockopt on -1:", err)
	fmt.Println("close -1:", syscall.Close(-1))
	var p [3]int
	fmt.Println("pipe2 of 3:", syscall.Pipe2(p[:], 0))
}

func pipes() {
	var p [2]int
	check("pipe2", syscall.Pipe2(p[:], syscall.O_CLOEXEC|syscall.O_NONBLOCK))
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(p[0]), syscall.F_GETFL, 0)
	fmt.Println("pipe nonblocking:", fl&syscall.O_NONBLOCK != 0, e)
	sz, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(p[0]), syscall.F_GETPIPE_SZ, 0)
	fmt.Println("pipe size >= 4096:", sz >= 4096, e)
	nfd, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(p[1]), syscall.F_DUPFD_CLOEXEC, 0)
	fmt.Println("F_DUPFD_CLOEXEC:", e)
	n, err := syscall.Write(int(nfd), []byte("through a dup"))
	fmt.Println("write to the dup:", n, err)
	syscall.Close(int(nfd))
	buf := make([]byte, 32)
	n, err = syscall.Read(p[0], buf)
	fmt.Printf("pipe read: %q %v\n", buf[:n], err)
	n, err = syscall.Read(p[0], buf)
	fmt.Println("empty pipe:", n, err)
	_, _, e = syscall.RawSyscall(syscall.SYS_FCNTL, 1<<30, syscall.F_GETFL, 0)
	fmt.Println("raw fcntl of a bad fd:", e, e == syscall.EBADF)
}

func system() {
	var u syscall.Utsname
	err := syscall.Uname(&u)
	fmt.Println("uname:", err == nil, u.Sysname[0] == 'L')
	var rl syscall.Rlimit
	err = syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl)
	fmt.Println("getrlimit:", err, rl.Cur > 0 && rl.Cur <= rl.Max)
	fmt.Println("kill 0:", syscall.Kill(os.Getpid(), 0))
	fmt.Println("signals:", syscall.SIGTERM, syscall.SIGHUP, syscall.Signal(0))
}

func netlink() {
	rib, err := syscall.NetlinkRIB(syscall.RTM_GETLINK, syscall.AF_UNSPEC)
	check("netlinkrib", err)
	msgs, err := syscall.ParseNetlinkMessage(rib)
	check("parse", err)
	links, loopback := 0, false
	for _, m := range msgs {
		if m.Header.Type == syscall.NLMSG_DONE {
			break
		}
		if m.Header.Type != syscall.RTM_NEWLINK {
			continue
		}
		links++
		ifi := (*syscall.IfInfomsg)(unsafe.Pointer(&m.Data[0]))
		attrs, err := syscall.ParseNetlinkRouteAttr(&m)
		check("parse attrs", err)
		for _, a := range attrs {
			if a.Attr.Type == syscall.IFLA_IFNAME && string(a.Value) == "lo\x00" {
				loopback = ifi.Flags&syscall.IFF_LOOPBACK != 0
			}
		}
	}
	fmt.Println("netlink links parsed:", links > 0, "loopback found:", loopback)
	rib, err = syscall.NetlinkRIB(syscall.RTM_GETADDR, syscall.AF_INET)
	check("netlinkrib", err)
	msgs, _ = syscall.ParseNetlinkMessage(rib)
	found := false
	for _, m := range msgs {
		if m.Header.Type != syscall.RTM_NEWADDR {
			continue
		}
		attrs, _ := syscall.ParseNetlinkRouteAttr(&m)
		for _, a := range attrs {
			if a.Attr.Type == syscall.IFA_LOCAL && string(a.Value) == "\x7f\x00\x00\x01" {
				found = true
			}
		}
	}
	fmt.Println("netlink addresses: 127.0.0.1 found:", found)
	m := syscall.NetlinkMessage{Header: syscall.NlMsghdr{Type: syscall.NLMSG_DONE}}
	_, err = syscall.ParseNetlinkRouteAttr(&m)
	fmt.Println("attrs of NLMSG_DONE:", err)
	_, err = syscall.ParseNetlinkMessage([]byte{200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	fmt.Println("a message too long:", err)
}

// blocking accepts and reads in a goroutine, with one P, before the main goroutine connects.
func blocking() {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	l, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	check("socket", err)
	defer syscall.Close(l)
	check("bind", syscall.Bind(l, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	check("listen", syscall.Listen(l, 1))
	la, _ := syscall.Getsockname(l)
	done := make(chan string)
	go func() {
		s, _, err := syscall.Accept(l)
		if err != nil {
			done <- err.Error()
			return
		}
		defer syscall.Close(s)
		buf := make([]byte, 16)
		n, _ := syscall.Read(s, buf)
		done <- string(buf[:n])
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	c, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	check("socket", err)
	defer syscall.Close(c)
	fmt.Println("blocking connect:", syscall.Connect(c, la))
	syscall.Write(c, []byte("unblocked"))
	fmt.Println("blocking accept and read:", <-done)
}

func main() {
	dir, err := os.MkdirTemp("", "golite-sockets")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)
	tcp(syscall.AF_INET, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
	tcp(syscall.AF_INET6, &syscall.SockaddrInet6{Addr: [16]byte{15: 1}})
	unixSocket(dir)
	socketpair()
	udp()
	errors()
	pipes()
	system()
	netlink()
	blocking()
	fmt.Println("constants:", syscall.AF_INET6, syscall.SOCK_NONBLOCK, syscall.SO_LINGER, syscall.IPV6_V6ONLY, syscall.SYS_NEWFSTATAT, syscall.TCP_KEEPINTVL, syscall.MSG_CMSG_CLOEXEC, syscall.RTM_NEWADDR)
}
