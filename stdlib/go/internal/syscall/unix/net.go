// Socket calls for an address family known in advance (IPv4 or IPv6), which internal/poll
// uses on UDP sockets to send to and receive from a SockaddrInet4 or SockaddrInet6 without
// an interface value or an allocation per call. Go's are syscall's unexported functions
// under another name; golite's encode and decode the kernel's struct sockaddr_in and
// sockaddr_in6 here (syscall.RawSockaddrInet4 and RawSockaddrInet6; the port in network
// byte order) and make the calls with syscall.Syscall6.
package unix

import (
	"syscall"
	"unsafe"
)

// inet4 and inet6 encode an address; EINVAL for a port out of range.
func inet4(sa *syscall.SockaddrInet4, raw *syscall.RawSockaddrInet4) error {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return syscall.EINVAL
	}
	*raw = syscall.RawSockaddrInet4{Family: syscall.AF_INET, Port: swap16(uint16(sa.Port)), Addr: sa.Addr}
	return nil
}

func inet6(sa *syscall.SockaddrInet6, raw *syscall.RawSockaddrInet6) error {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return syscall.EINVAL
	}
	*raw = syscall.RawSockaddrInet6{Family: syscall.AF_INET6, Port: swap16(uint16(sa.Port)), Addr: sa.Addr, Scope_id: sa.ZoneId}
	return nil
}

// swap16 turns a port between host (little-endian) and network byte order.
func swap16(v uint16) uint16 { return v>>8 | v<<8 }

// The decoders read what the kernel wrote, whatever family it says (as Go's: the socket's
// family is the one asked for).
func fromInet4(rsa *syscall.RawSockaddrAny, sa *syscall.SockaddrInet4) {
	raw := (*syscall.RawSockaddrInet4)(unsafe.Pointer(rsa))
	sa.Port = int(swap16(raw.Port))
	sa.Addr = raw.Addr
}

func fromInet6(rsa *syscall.RawSockaddrAny, sa *syscall.SockaddrInet6) {
	raw := (*syscall.RawSockaddrInet6)(unsafe.Pointer(rsa))
	sa.Port = int(swap16(raw.Port))
	sa.ZoneId = raw.Scope_id
	sa.Addr = raw.Addr
}

// bufAddr is the address of p's first byte, or of zero for an empty p.
var zero byte

func bufAddr(p []byte) unsafe.Pointer {
	if len(p) == 0 {
		return unsafe.Pointer(&zero)
	}
	return unsafe.Pointer(&p[0])
}

func recvfrom(fd int, p []byte, flags int, rsa *syscall.RawSockaddrAny) (int, error) {
	n := uint32(syscall.SizeofSockaddrAny)
	r, _, e := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)),
		uintptr(flags), uintptr(unsafe.Pointer(rsa)), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return int(r), e
	}
	return int(r), nil
}

func sendto(fd int, p []byte, flags int, sa unsafe.Pointer, salen uintptr) error {
	_, _, e := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), uintptr(bufAddr(p)), uintptr(len(p)),
		uintptr(flags), uintptr(sa), salen)
	if e != 0 {
		return e
	}
	return nil
}

// msg makes the struct msghdr of a sendmsg or recvmsg of p and oob, with one iovec. With
// control data and no data on a socket that is not a datagram one, the iovec is one
// dummy byte: a stream socket carries control data only along with data.
func msg(fd int, p, oob []byte, iov *syscall.Iovec, dummy *byte, m *syscall.Msghdr) error {
	if len(p) > 0 {
		iov.Base = &p[0]
		iov.SetLen(len(p))
	} else if len(oob) > 0 {
		typ, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
		if err != nil {
			return err
		}
		if typ != syscall.SOCK_DGRAM {
			iov.Base = dummy
			iov.SetLen(1)
		}
	}
	m.Iov = iov
	m.Iovlen = 1
	if len(oob) > 0 {
		m.Control = &oob[0]
		m.SetControllen(len(oob))
	}
	return nil
}

func recvmsg(fd int, p, oob []byte, flags int, rsa *syscall.RawSockaddrAny) (n, oobn int, recvflags int, err error) {
	var iov syscall.Iovec
	var dummy byte
	m := syscall.Msghdr{Name: (*byte)(unsafe.Pointer(rsa)), Namelen: syscall.SizeofSockaddrAny}
	if err := msg(fd, p, oob, &iov, &dummy, &m); err != nil {
		return 0, 0, 0, err
	}
	r, _, e := syscall.Syscall(syscall.SYS_RECVMSG, uintptr(fd), uintptr(unsafe.Pointer(&m)), uintptr(flags))
	if e != 0 {
		return int(r), 0, 0, e
	}
	return int(r), int(m.Controllen), int(m.Flags), nil
}

func sendmsg(fd int, p, oob []byte, sa unsafe.Pointer, salen uint32, flags int) (n int, err error) {
	var iov syscall.Iovec
	var dummy byte
	m := syscall.Msghdr{Name: (*byte)(sa), Namelen: salen}
	if err := msg(fd, p, oob, &iov, &dummy, &m); err != nil {
		return 0, err
	}
	r, _, e := syscall.Syscall(syscall.SYS_SENDMSG, uintptr(fd), uintptr(unsafe.Pointer(&m)), uintptr(flags))
	if e != 0 {
		return 0, e
	}
	if len(p) == 0 && len(oob) > 0 {
		return 0, nil // the dummy byte is not the caller's
	}
	return int(r), nil
}

func RecvfromInet4(fd int, p []byte, flags int, from *syscall.SockaddrInet4) (int, error) {
	var rsa syscall.RawSockaddrAny
	n, err := recvfrom(fd, p, flags, &rsa)
	if err != nil {
		return n, err
	}
	fromInet4(&rsa, from)
	return n, nil
}

func RecvfromInet6(fd int, p []byte, flags int, from *syscall.SockaddrInet6) (n int, err error) {
	var rsa syscall.RawSockaddrAny
	n, err = recvfrom(fd, p, flags, &rsa)
	if err != nil {
		return n, err
	}
	fromInet6(&rsa, from)
	return n, nil
}

func SendtoInet4(fd int, p []byte, flags int, to *syscall.SockaddrInet4) (err error) {
	var raw syscall.RawSockaddrInet4
	if err := inet4(to, &raw); err != nil {
		return err
	}
	return sendto(fd, p, flags, unsafe.Pointer(&raw), syscall.SizeofSockaddrInet4)
}

func SendtoInet6(fd int, p []byte, flags int, to *syscall.SockaddrInet6) (err error) {
	var raw syscall.RawSockaddrInet6
	if err := inet6(to, &raw); err != nil {
		return err
	}
	return sendto(fd, p, flags, unsafe.Pointer(&raw), syscall.SizeofSockaddrInet6)
}

func SendmsgNInet4(fd int, p, oob []byte, to *syscall.SockaddrInet4, flags int) (n int, err error) {
	var raw syscall.RawSockaddrInet4
	if err := inet4(to, &raw); err != nil {
		return 0, err
	}
	return sendmsg(fd, p, oob, unsafe.Pointer(&raw), syscall.SizeofSockaddrInet4, flags)
}

func SendmsgNInet6(fd int, p, oob []byte, to *syscall.SockaddrInet6, flags int) (n int, err error) {
	var raw syscall.RawSockaddrInet6
	if err := inet6(to, &raw); err != nil {
		return 0, err
	}
	return sendmsg(fd, p, oob, unsafe.Pointer(&raw), syscall.SizeofSockaddrInet6, flags)
}

func RecvmsgInet4(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet4) (n, oobn int, recvflags int, err error) {
	var rsa syscall.RawSockaddrAny
	n, oobn, recvflags, err = recvmsg(fd, p, oob, flags, &rsa)
	if err != nil {
		return n, oobn, recvflags, err
	}
	fromInet4(&rsa, from)
	return n, oobn, recvflags, nil
}

func RecvmsgInet6(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet6) (n, oobn int, recvflags int, err error) {
	var rsa syscall.RawSockaddrAny
	n, oobn, recvflags, err = recvmsg(fd, p, oob, flags, &rsa)
	if err != nil {
		return n, oobn, recvflags, err
	}
	fromInet6(&rsa, from)
	return n, oobn, recvflags, nil
}
