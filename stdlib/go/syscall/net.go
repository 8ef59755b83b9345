// Sockets: the BSD socket calls (socket(7), ip(7), ipv6(7), unix(7), tcp(7)) with Go's
// Sockaddr types.
//
// A Sockaddr is encoded into the kernel's struct sockaddr_* (the Raw types below, laid
// out as linux/amd64's) by its sockaddr method, and decoded from a RawSockaddrAny the
// kernel filled by anyToSockaddr. Ports travel in network byte order: the two bytes of a
// Raw Port field are the port's high byte, then its low byte.
package syscall

import "unsafe"

// Address families.
const (
	AF_INET    = 0x2
	AF_INET6   = 0xa
	AF_UNIX    = 0x1
	AF_LOCAL   = 0x1
	AF_UNSPEC  = 0x0
	AF_NETLINK = 0x10
	AF_PACKET  = 0x11
)

// Socket types, and flags or-ed into a type.
const (
	SOCK_STREAM    = 0x1
	SOCK_DGRAM     = 0x2
	SOCK_RAW       = 0x3
	SOCK_SEQPACKET = 0x5
	SOCK_CLOEXEC   = 0x80000
	SOCK_NONBLOCK  = 0x800
)

// Socket-level options (getsockopt and setsockopt at level SOL_SOCKET), and listen's
// largest backlog.
const (
	SOL_SOCKET    = 0x1
	SOMAXCONN     = 0x80
	SO_ACCEPTCONN = 0x1e
	SO_BROADCAST  = 0x6
	SO_DOMAIN     = 0x27
	SO_DONTROUTE  = 0x5
	SO_ERROR      = 0x4
	SO_KEEPALIVE  = 0x9
	SO_LINGER     = 0xd
	SO_OOBINLINE  = 0xa
	SO_PEERCRED   = 0x11
	SO_PROTOCOL   = 0x26
	SO_RCVBUF     = 0x8
	SO_RCVTIMEO   = 0x14
	SO_REUSEADDR  = 0x2
	SO_SNDBUF     = 0x7
	SO_SNDTIMEO   = 0x15
	SO_TYPE       = 0x3
)

// Protocols (the levels of their options).
const (
	IPPROTO_IP     = 0x0
	IPPROTO_ICMP   = 0x1
	IPPROTO_TCP    = 0x6
	IPPROTO_UDP    = 0x11
	IPPROTO_IPV6   = 0x29
	IPPROTO_ICMPV6 = 0x3a
	IPPROTO_RAW    = 0xff
)

// IP and IPv6 options.
const (
	IPV6_JOIN_GROUP     = 0x14
	IPV6_LEAVE_GROUP    = 0x15
	IPV6_MULTICAST_HOPS = 0x12
	IPV6_MULTICAST_IF   = 0x11
	IPV6_MULTICAST_LOOP = 0x13
	IPV6_UNICAST_HOPS   = 0x10
	IPV6_V6ONLY         = 0x1a
	IP_ADD_MEMBERSHIP   = 0x23
	IP_DROP_MEMBERSHIP  = 0x24
	IP_MULTICAST_IF     = 0x20
	IP_MULTICAST_LOOP   = 0x22
	IP_MULTICAST_TTL    = 0x21
	IP_TOS              = 0x1
	IP_TTL              = 0x2
)

// TCP options.
const (
	TCP_KEEPCNT   = 0x6
	TCP_KEEPIDLE  = 0x4
	TCP_KEEPINTVL = 0x5
	TCP_NODELAY   = 0x1
)

// Flags of send and receive calls.
const (
	MSG_CMSG_CLOEXEC = 0x40000000
	MSG_CTRUNC       = 0x8
	MSG_DONTWAIT     = 0x40
	MSG_NOSIGNAL     = 0x4000
	MSG_OOB          = 0x1
	MSG_PEEK         = 0x2
	MSG_TRUNC        = 0x20
	MSG_WAITALL      = 0x100
)

// How Shutdown closes a connection.
const (
	SHUT_RD   = 0x0
	SHUT_WR   = 0x1
	SHUT_RDWR = 0x2
)

// The kernel's address structures (linux/amd64 layouts).
type RawSockaddrInet4 struct {
	Family uint16
	Port   uint16
	Addr   [4]byte
	Zero   [8]uint8
}

type RawSockaddrInet6 struct {
	Family   uint16
	Port     uint16
	Flowinfo uint32
	Addr     [16]byte
	Scope_id uint32
}

type RawSockaddrUnix struct {
	Family uint16
	Path   [108]int8
}

type RawSockaddrLinklayer struct {
	Family   uint16
	Protocol uint16
	Ifindex  int32
	Hatype   uint16
	Pkttype  uint8
	Halen    uint8
	Addr     [8]uint8
}

type RawSockaddrNetlink struct {
	Family uint16
	Pad    uint16
	Pid    uint32
	Groups uint32
}

type RawSockaddr struct {
	Family uint16
	Data   [14]int8
}

// RawSockaddrAny has room for any of the addresses above (struct sockaddr_storage's
// first 112 bytes, as Go's).
type RawSockaddrAny struct {
	Addr RawSockaddr
	Pad  [96]int8
}

type _Socklen uint32

const (
	SizeofSockaddrInet4     = 0x10
	SizeofSockaddrInet6     = 0x1c
	SizeofSockaddrAny       = 0x70
	SizeofSockaddrUnix      = 0x6e
	SizeofSockaddrLinklayer = 0x14
	SizeofSockaddrNetlink   = 0xc
	SizeofLinger            = 0x8
	SizeofIPMreq            = 0x8
	SizeofIPMreqn           = 0xc
	SizeofIPv6Mreq          = 0x14
	SizeofMsghdr            = 0x38
	SizeofCmsghdr           = 0x10
	SizeofUcred             = 0xc
)

// Option values.
type Linger struct {
	Onoff  int32
	Linger int32
}

type IPMreq struct {
	Multiaddr [4]byte
	Interface [4]byte
}

type IPMreqn struct {
	Multiaddr [4]byte
	Address   [4]byte
	Ifindex   int32
}

type IPv6Mreq struct {
	Multiaddr [16]byte
	Interface uint32
}

type Ucred struct {
	Pid int32
	Uid uint32
	Gid uint32
}

// Iovec is struct iovec: one buffer of a scatter-gather call (readv, writev, sendmsg).
type Iovec struct {
	Base *byte
	Len  uint64
}

func (iov *Iovec) SetLen(length int) { iov.Len = uint64(length) }

// Msghdr is struct msghdr, the argument of sendmsg and recvmsg.
type Msghdr struct {
	Name       *byte
	Namelen    uint32
	Pad_cgo_0  [4]byte
	Iov        *Iovec
	Iovlen     uint64
	Control    *byte
	Controllen uint64
	Flags      int32
	Pad_cgo_1  [4]byte
}

func (msghdr *Msghdr) SetControllen(length int) { msghdr.Controllen = uint64(length) }

// Cmsghdr is struct cmsghdr, the header of one control message (ancillary data).
type Cmsghdr struct {
	Len   uint64
	Level int32
	Type  int32
}

func (cmsg *Cmsghdr) SetLen(length int) { cmsg.Len = uint64(length) }

// A Sockaddr is a socket address of one family.
type Sockaddr interface {
	// sockaddr encodes the address into the kernel's structure, held by the Sockaddr.
	sockaddr() (ptr unsafe.Pointer, len _Socklen, err error)
}

type SockaddrInet4 struct {
	Port int
	Addr [4]byte
	raw  RawSockaddrInet4
}

type SockaddrInet6 struct {
	Port   int
	ZoneId uint32
	Addr   [16]byte
	raw    RawSockaddrInet6
}

// SockaddrUnix names a Unix-domain socket by its path; a leading '@' is an abstract name
// (one in no file system), sent to the kernel with a NUL in its place.
type SockaddrUnix struct {
	Name string
	raw  RawSockaddrUnix
}

// SockaddrLinklayer is a packet(7) socket's address.
type SockaddrLinklayer struct {
	Protocol uint16
	Ifindex  int
	Hatype   uint16
	Pkttype  uint8
	Halen    uint8
	Addr     [8]byte
	raw      RawSockaddrLinklayer
}

// SockaddrNetlink is a netlink(7) socket's address.
type SockaddrNetlink struct {
	Family uint16
	Pad    uint16
	Pid    uint32
	Groups uint32
	raw    RawSockaddrNetlink
}

// htons and ntohs: a port between host order and the network order of a Raw Port field
// (amd64 is little-endian, so each swaps the two bytes).
func htons(port int) uint16 { return uint16(port)>>8 | uint16(port)<<8 }
func ntohs(port uint16) int { return int(port>>8 | port<<8) }

func (sa *SockaddrInet4) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw = RawSockaddrInet4{Family: AF_INET, Port: htons(sa.Port), Addr: sa.Addr}
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet4, nil
}

func (sa *SockaddrInet6) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw = RawSockaddrInet6{Family: AF_INET6, Port: htons(sa.Port), Addr: sa.Addr, Scope_id: sa.ZoneId}
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet6, nil
}

// The length of a Unix address is the family's two bytes and the path with its NUL; an
// abstract name has no NUL after it. A path must leave room for its NUL (EINVAL).
func (sa *SockaddrUnix) sockaddr() (unsafe.Pointer, _Socklen, error) {
	name := sa.Name
	if len(name) > len(sa.raw.Path) || len(name) == len(sa.raw.Path) && name[0] != '@' {
		return nil, 0, EINVAL
	}
	sa.raw = RawSockaddrUnix{Family: AF_UNIX}
	for i := 0; i < len(name); i++ {
		sa.raw.Path[i] = int8(name[i])
	}
	n := _Socklen(2)
	if len(name) > 0 {
		n += _Socklen(len(name)) + 1
	}
	if len(name) > 0 && name[0] == '@' {
		sa.raw.Path[0] = 0
		n--
	}
	return unsafe.Pointer(&sa.raw), n, nil
}

func (sa *SockaddrLinklayer) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Ifindex < 0 || sa.Ifindex > 0x7fffffff {
		return nil, 0, EINVAL
	}
	sa.raw = RawSockaddrLinklayer{Family: AF_PACKET, Protocol: sa.Protocol, Ifindex: int32(sa.Ifindex),
		Hatype: sa.Hatype, Pkttype: sa.Pkttype, Halen: sa.Halen, Addr: sa.Addr}
	return unsafe.Pointer(&sa.raw), SizeofSockaddrLinklayer, nil
}

func (sa *SockaddrNetlink) sockaddr() (unsafe.Pointer, _Socklen, error) {
	sa.raw = RawSockaddrNetlink{Family: AF_NETLINK, Pad: sa.Pad, Pid: sa.Pid, Groups: sa.Groups}
	return unsafe.Pointer(&sa.raw), SizeofSockaddrNetlink, nil
}

// anyToSockaddr decodes the address the kernel wrote into rsa; EAFNOSUPPORT for a family
// Go has no Sockaddr for. A Unix path ends at its first NUL; an abstract one (a NUL first)
// comes back with '@' in the NUL's place.
func anyToSockaddr(rsa *RawSockaddrAny) (Sockaddr, error) {
	switch rsa.Addr.Family {
	case AF_INET:
		raw := (*RawSockaddrInet4)(unsafe.Pointer(rsa))
		return &SockaddrInet4{Port: ntohs(raw.Port), Addr: raw.Addr}, nil
	case AF_INET6:
		raw := (*RawSockaddrInet6)(unsafe.Pointer(rsa))
		return &SockaddrInet6{Port: ntohs(raw.Port), ZoneId: raw.Scope_id, Addr: raw.Addr}, nil
	case AF_UNIX:
		raw := (*RawSockaddrUnix)(unsafe.Pointer(rsa))
		path := make([]byte, 0, len(raw.Path))
		for i, c := range raw.Path {
			if c == 0 {
				if i > 0 {
					break
				}
				c = '@'
			}
			path = append(path, byte(c))
		}
		return &SockaddrUnix{Name: string(path)}, nil
	case AF_NETLINK:
		raw := (*RawSockaddrNetlink)(unsafe.Pointer(rsa))
		return &SockaddrNetlink{Family: raw.Family, Pad: raw.Pad, Pid: raw.Pid, Groups: raw.Groups}, nil
	case AF_PACKET:
		raw := (*RawSockaddrLinklayer)(unsafe.Pointer(rsa))
		return &SockaddrLinklayer{Protocol: raw.Protocol, Ifindex: int(raw.Ifindex), Hatype: raw.Hatype,
			Pkttype: raw.Pkttype, Halen: raw.Halen, Addr: raw.Addr}, nil
	}
	return nil, EAFNOSUPPORT
}

// SocketDisableIPv6 makes Socket refuse AF_INET6 (EAFNOSUPPORT), for tests.
var SocketDisableIPv6 bool

func Socket(domain, typ, proto int) (fd int, err error) {
	if domain == AF_INET6 && SocketDisableIPv6 {
		return -1, EAFNOSUPPORT
	}
	r, _, e := RawSyscall(SYS_SOCKET, uintptr(domain), uintptr(typ), uintptr(proto))
	return int(r), errnoErr(e)
}

func Socketpair(domain, typ, proto int) (fd [2]int, err error) {
	var fds [2]int32
	_, _, e := RawSyscall6(SYS_SOCKETPAIR, uintptr(domain), uintptr(typ), uintptr(proto), uintptr(unsafe.Pointer(&fds)), 0, 0)
	if e != 0 {
		return fd, e
	}
	return [2]int{int(fds[0]), int(fds[1])}, nil
}

func Bind(fd int, sa Sockaddr) (err error) {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	_, _, e := RawSyscall(SYS_BIND, uintptr(fd), uintptr(ptr), uintptr(n))
	return errnoErr(e)
}

func Connect(fd int, sa Sockaddr) (err error) {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_CONNECT, uintptr(fd), uintptr(ptr), uintptr(n))
	return errnoErr(e)
}

func Listen(s int, n int) (err error) {
	_, _, e := RawSyscall(SYS_LISTEN, uintptr(s), uintptr(n), 0)
	return errnoErr(e)
}

func Shutdown(fd int, how int) (err error) {
	_, _, e := RawSyscall(SYS_SHUTDOWN, uintptr(fd), uintptr(how), 0)
	return errnoErr(e)
}

func Accept(fd int) (nfd int, sa Sockaddr, err error) { return Accept4(fd, 0) }

// Accept4 takes a connection off listening socket fd; flags are SOCK_NONBLOCK and
// SOCK_CLOEXEC, set on the new socket.
func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error) {
	var rsa RawSockaddrAny
	n := _Socklen(SizeofSockaddrAny)
	r, _, e := Syscall6(SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&n)), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	nfd = int(r)
	sa, err = anyToSockaddr(&rsa)
	if err != nil {
		Close(nfd)
		return 0, nil, err
	}
	return nfd, sa, nil
}

// getname runs getsockname or getpeername and decodes the address.
func getname(trap uintptr, fd int) (Sockaddr, error) {
	var rsa RawSockaddrAny
	n := _Socklen(SizeofSockaddrAny)
	_, _, e := RawSyscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return nil, e
	}
	return anyToSockaddr(&rsa)
}

// Getsockname is the local address of socket fd.
func Getsockname(fd int) (sa Sockaddr, err error) { return getname(SYS_GETSOCKNAME, fd) }

// Getpeername is the address of the peer socket fd is connected to.
func Getpeername(fd int) (sa Sockaddr, err error) { return getname(SYS_GETPEERNAME, fd) }

// --- options ----------------------------------------------------------------------------

func getsockopt(fd, level, opt int, value unsafe.Pointer, n *_Socklen) error {
	_, _, e := RawSyscall6(SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(value), uintptr(unsafe.Pointer(n)), 0)
	return errnoErr(e)
}

func setsockopt(fd, level, opt int, value unsafe.Pointer, n uintptr) error {
	_, _, e := RawSyscall6(SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(value), n, 0)
	return errnoErr(e)
}

// GetsockoptInt reads an option whose value is a C int.
func GetsockoptInt(fd, level, opt int) (value int, err error) {
	var v int32
	n := _Socklen(4)
	err = getsockopt(fd, level, opt, unsafe.Pointer(&v), &n)
	return int(v), err
}

func GetsockoptInet4Addr(fd, level, opt int) (value [4]byte, err error) {
	n := _Socklen(4)
	err = getsockopt(fd, level, opt, unsafe.Pointer(&value), &n)
	return value, err
}

func GetsockoptIPMreq(fd, level, opt int) (*IPMreq, error) {
	var v IPMreq
	n := _Socklen(SizeofIPMreq)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &n)
	return &v, err
}

func GetsockoptIPMreqn(fd, level, opt int) (*IPMreqn, error) {
	var v IPMreqn
	n := _Socklen(SizeofIPMreqn)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &n)
	return &v, err
}

func GetsockoptIPv6Mreq(fd, level, opt int) (*IPv6Mreq, error) {
	var v IPv6Mreq
	n := _Socklen(SizeofIPv6Mreq)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &n)
	return &v, err
}

func GetsockoptUcred(fd, level, opt int) (*Ucred, error) {
	var v Ucred
	n := _Socklen(SizeofUcred)
	err := getsockopt(fd, level, opt, unsafe.Pointer(&v), &n)
	return &v, err
}

func SetsockoptByte(fd, level, opt int, value byte) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(&value), 1)
}

// SetsockoptInt sets an option whose value is a C int.
func SetsockoptInt(fd, level, opt int, value int) (err error) {
	v := int32(value)
	return setsockopt(fd, level, opt, unsafe.Pointer(&v), 4)
}

func SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(&value), 4)
}

func SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPMreq)
}

func SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPMreqn)
}

func SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(mreq), SizeofIPv6Mreq)
}

func SetsockoptLinger(fd, level, opt int, l *Linger) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(l), SizeofLinger)
}

func SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(tv), unsafe.Sizeof(*tv))
}

func SetsockoptString(fd, level, opt int, s string) (err error) {
	b := []byte(s)
	return setsockopt(fd, level, opt, bufAddr(b), uintptr(len(b)))
}

// --- sending and receiving ---------------------------------------------------------------

// Recvfrom reads a message into p; from is the sender's address (nil when the kernel gives
// none, as on a connected stream socket).
func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error) {
	var rsa RawSockaddrAny
	salen := _Socklen(SizeofSockaddrAny)
	r, _, e := Syscall6(SYS_RECVFROM, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)), uintptr(flags),
		uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&salen)))
	if e != 0 {
		return int(r), nil, e
	}
	n = int(r)
	if rsa.Addr.Family != AF_UNSPEC {
		from, err = anyToSockaddr(&rsa)
	}
	return n, from, err
}

// Sendto sends p to the address to (which must not be nil, as in Go).
func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error) {
	ptr, salen, err := to.sockaddr()
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_SENDTO, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)), uintptr(flags),
		uintptr(ptr), uintptr(salen))
	return errnoErr(e)
}

// msgIovec is the one buffer of a sendmsg or recvmsg: p; or, with control data and no data
// on a socket that is not a datagram one, the one byte at dummy, since a stream socket
// carries control data only along with data (as Go's do).
func msgIovec(fd int, p, oob []byte, dummy *byte) (Iovec, error) {
	var iov Iovec
	if len(p) > 0 {
		iov.Base = &p[0]
		iov.SetLen(len(p))
	} else if len(oob) > 0 {
		typ, err := GetsockoptInt(fd, SOL_SOCKET, SO_TYPE)
		if err != nil {
			return iov, err
		}
		if typ != SOCK_DGRAM {
			iov.Base = dummy
			iov.SetLen(1)
		}
	}
	return iov, nil
}

// recvmsgRaw is recvmsg(2) into p and oob, the sender's address written to rsa.
func recvmsgRaw(fd int, p, oob []byte, flags int, rsa *RawSockaddrAny) (n, oobn int, recvflags int, err error) {
	var dummy byte
	iov, err := msgIovec(fd, p, oob, &dummy)
	if err != nil {
		return 0, 0, 0, err
	}
	msg := Msghdr{Name: (*byte)(unsafe.Pointer(rsa)), Namelen: SizeofSockaddrAny, Iov: &iov, Iovlen: 1}
	if len(oob) > 0 {
		msg.Control = &oob[0]
		msg.SetControllen(len(oob))
	}
	r, _, e := Syscall(SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags))
	if e != 0 {
		return int(r), 0, 0, e
	}
	return int(r), int(msg.Controllen), int(msg.Flags), nil
}

// Recvmsg reads a message into p and its control data into oob; from is the sender's
// address (nil on a connected socket).
func Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error) {
	var rsa RawSockaddrAny
	n, oobn, recvflags, err = recvmsgRaw(fd, p, oob, flags, &rsa)
	if rsa.Addr.Family != AF_UNSPEC {
		from, err = anyToSockaddr(&rsa)
	}
	return
}

// sendmsgN is sendmsg(2) of p and oob to the encoded address ptr (nil: none).
func sendmsgN(fd int, p, oob []byte, ptr unsafe.Pointer, salen _Socklen, flags int) (n int, err error) {
	var dummy byte
	iov, err := msgIovec(fd, p, oob, &dummy)
	if err != nil {
		return 0, err
	}
	msg := Msghdr{Name: (*byte)(ptr), Namelen: uint32(salen), Iov: &iov, Iovlen: 1}
	if len(oob) > 0 {
		msg.Control = &oob[0]
		msg.SetControllen(len(oob))
	}
	r, _, e := Syscall(SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags))
	if e != 0 {
		return 0, e
	}
	if len(p) == 0 && len(oob) > 0 {
		return 0, nil // the dummy byte is not the caller's
	}
	return int(r), nil
}

// SendmsgN sends p with control data oob to the address to (nil on a connected socket)
// and returns the bytes of p sent.
func SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error) {
	var ptr unsafe.Pointer
	var salen _Socklen
	if to != nil {
		if ptr, salen, err = to.sockaddr(); err != nil {
			return 0, err
		}
	}
	return sendmsgN(fd, p, oob, ptr, salen, flags)
}

func Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error) {
	_, err = SendmsgN(fd, p, oob, to, flags)
	return err
}

// Conn is implemented by connections that give access to their file descriptor
// (net.Conn's, os.File).
type Conn interface {
	SyscallConn() (RawConn, error)
}

// A RawConn runs functions on a connection's file descriptor.
type RawConn interface {
	// Control calls f with the descriptor, which stays valid during the call.
	Control(f func(fd uintptr)) error
	// Read calls f with the descriptor until f returns true (it is called again when the
	// descriptor is ready to read).
	Read(f func(fd uintptr) (done bool)) error
	// Write is Read's twin for writing.
	Write(f func(fd uintptr) (done bool)) error
}
