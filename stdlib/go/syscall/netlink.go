// Netlink route messages (netlink(7), rtnetlink(7)): how package net lists the
// interfaces and their addresses. NetlinkRIB dumps one kind of routing-table object from
// the kernel; ParseNetlinkMessage splits the dump into messages and ParseNetlinkRouteAttr
// a message's payload into its attributes. Messages and attributes are each a header
// whose length counts the header, padded to 4 bytes before the next one.
package syscall

import "unsafe"

// Netlink protocol, message types and flags.
const (
	NETLINK_ROUTE = 0x0
	NLMSG_ALIGNTO = 0x4
	NLMSG_DONE    = 0x3
	NLMSG_ERROR   = 0x2
	NLMSG_HDRLEN  = 0x10
	NLMSG_NOOP    = 0x1
	NLM_F_DUMP    = 0x300
	NLM_F_MATCH   = 0x200
	NLM_F_MULTI   = 0x2
	NLM_F_REQUEST = 0x1
	NLM_F_ROOT    = 0x100
	RTA_ALIGNTO   = 0x4
)

// Route message types.
const (
	RTM_NEWLINK  = 0x10
	RTM_DELLINK  = 0x11
	RTM_GETLINK  = 0x12
	RTM_NEWADDR  = 0x14
	RTM_DELADDR  = 0x15
	RTM_GETADDR  = 0x16
	RTM_NEWROUTE = 0x18
	RTM_DELROUTE = 0x19
	RTM_GETROUTE = 0x1a
)

// Interface address attributes (RTM_NEWADDR).
const (
	IFA_UNSPEC    = 0x0
	IFA_ADDRESS   = 0x1
	IFA_LOCAL     = 0x2
	IFA_LABEL     = 0x3
	IFA_BROADCAST = 0x4
	IFA_ANYCAST   = 0x5
	IFA_CACHEINFO = 0x6
	IFA_MULTICAST = 0x7
)

// Interface flags (IfInfomsg.Flags).
const (
	IFF_UP          = 0x1
	IFF_BROADCAST   = 0x2
	IFF_DEBUG       = 0x4
	IFF_LOOPBACK    = 0x8
	IFF_POINTOPOINT = 0x10
	IFF_NOTRAILERS  = 0x20
	IFF_RUNNING     = 0x40
	IFF_NOARP       = 0x80
	IFF_PROMISC     = 0x100
	IFF_ALLMULTI    = 0x200
	IFF_MASTER      = 0x400
	IFF_SLAVE       = 0x800
	IFF_MULTICAST   = 0x1000
	IFF_PORTSEL     = 0x2000
	IFF_AUTOMEDIA   = 0x4000
	IFF_DYNAMIC     = 0x8000
)

// Interface link attributes (RTM_NEWLINK).
const (
	IFLA_UNSPEC    = 0x0
	IFLA_ADDRESS   = 0x1
	IFLA_BROADCAST = 0x2
	IFLA_IFNAME    = 0x3
	IFLA_MTU       = 0x4
	IFLA_LINK      = 0x5
	IFLA_QDISC     = 0x6
	IFLA_STATS     = 0x7
)

// The headers, as linux/amd64 lays them out.
type NlMsghdr struct {
	Len   uint32
	Type  uint16
	Flags uint16
	Seq   uint32
	Pid   uint32
}

type NlMsgerr struct {
	Error int32
	Msg   NlMsghdr
}

type RtGenmsg struct {
	Family uint8
}

type RtAttr struct {
	Len  uint16
	Type uint16
}

// IfInfomsg begins an RTM_NEWLINK message: one network interface.
type IfInfomsg struct {
	Family     uint8
	X__ifi_pad uint8
	Type       uint16
	Index      int32
	Flags      uint32
	Change     uint32
}

// IfAddrmsg begins an RTM_NEWADDR message: one address of an interface.
type IfAddrmsg struct {
	Family    uint8
	Prefixlen uint8
	Flags     uint8
	Scope     uint8
	Index     uint32
}

// RtMsg begins an RTM_NEWROUTE message: one route.
type RtMsg struct {
	Family   uint8
	Dst_len  uint8
	Src_len  uint8
	Tos      uint8
	Table    uint8
	Protocol uint8
	Scope    uint8
	Type     uint8
	Flags    uint32
}

const (
	SizeofNlMsghdr  = 0x10
	SizeofNlMsgerr  = 0x14
	SizeofRtGenmsg  = 0x1
	SizeofRtAttr    = 0x4
	SizeofIfInfomsg = 0x10
	SizeofIfAddrmsg = 0x8
	SizeofRtMsg     = 0xc
)

// align4 rounds n up to the netlink alignment (NLMSG_ALIGNTO and RTA_ALIGNTO are both 4).
func align4(n int) int { return (n + 3) &^ 3 }

// NetlinkRouteRequest is a dump request: a header and the family asked for.
type NetlinkRouteRequest struct {
	Header NlMsghdr
	Data   RtGenmsg
}

// NetlinkRIB returns the kernel's dump of the routing-information objects of type proto
// (RTM_GETLINK, RTM_GETADDR, RTM_GETROUTE) of address family family (AF_UNSPEC: all):
// the messages as received, back to back. EINVAL for a reply that is not the dump's.
func NetlinkRIB(proto, family int) ([]byte, error) {
	s, err := Socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE)
	if err != nil {
		return nil, err
	}
	defer Close(s)
	kernel := &SockaddrNetlink{Family: AF_NETLINK}
	if err := Bind(s, kernel); err != nil {
		return nil, err
	}
	const seq = 1
	req := NetlinkRouteRequest{
		Header: NlMsghdr{Len: NLMSG_HDRLEN + SizeofRtGenmsg, Type: uint16(proto), Flags: NLM_F_DUMP | NLM_F_REQUEST, Seq: seq},
		Data:   RtGenmsg{Family: uint8(family)},
	}
	wire := (*[NLMSG_HDRLEN + SizeofRtGenmsg]byte)(unsafe.Pointer(&req))[:]
	if err := Sendto(s, wire, 0, kernel); err != nil {
		return nil, err
	}
	// Replies are addressed to this socket's port id, which bind chose.
	local, err := Getsockname(s)
	if err != nil {
		return nil, err
	}
	self, ok := local.(*SockaddrNetlink)
	if !ok {
		return nil, EINVAL
	}
	var dump []byte
	buf := make([]byte, Getpagesize())
	for {
		n, _, err := Recvfrom(s, buf, 0)
		if err != nil {
			return nil, err
		}
		if n < NLMSG_HDRLEN {
			return nil, EINVAL
		}
		dump = append(dump, buf[:n]...)
		msgs, err := ParseNetlinkMessage(buf[:n])
		if err != nil {
			return nil, err
		}
		for _, m := range msgs {
			if m.Header.Seq != seq || m.Header.Pid != self.Pid {
				return nil, EINVAL
			}
			switch m.Header.Type {
			case NLMSG_DONE:
				return dump, nil
			case NLMSG_ERROR:
				return nil, EINVAL
			}
		}
	}
}

// NetlinkMessage is one message: its header and the payload that follows it.
type NetlinkMessage struct {
	Header NlMsghdr
	Data   []byte
}

// ParseNetlinkMessage splits b into its messages (EINVAL for a header whose length does
// not fit).
func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error) {
	var msgs []NetlinkMessage
	for len(b) >= NLMSG_HDRLEN {
		h := *(*NlMsghdr)(unsafe.Pointer(&b[0]))
		n := int(h.Len)
		if n < NLMSG_HDRLEN || align4(n) > len(b) {
			return nil, EINVAL
		}
		msgs = append(msgs, NetlinkMessage{Header: h, Data: b[NLMSG_HDRLEN:n]})
		b = b[align4(n):]
	}
	return msgs, nil
}

// NetlinkRouteAttr is one attribute of a route message: its header and its value.
type NetlinkRouteAttr struct {
	Attr  RtAttr
	Value []byte
}

// ParseNetlinkRouteAttr splits the attributes of a link, address or route message out of
// its payload, after the message type's fixed header (EINVAL for other types and for an
// attribute whose length does not fit).
func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error) {
	var b []byte
	switch m.Header.Type {
	case RTM_NEWLINK, RTM_DELLINK:
		b = m.Data[SizeofIfInfomsg:]
	case RTM_NEWADDR, RTM_DELADDR:
		b = m.Data[SizeofIfAddrmsg:]
	case RTM_NEWROUTE, RTM_DELROUTE:
		b = m.Data[SizeofRtMsg:]
	default:
		return nil, EINVAL
	}
	var attrs []NetlinkRouteAttr
	for len(b) >= SizeofRtAttr {
		a := *(*RtAttr)(unsafe.Pointer(&b[0]))
		n := int(a.Len)
		if n < SizeofRtAttr || n > len(b) {
			return nil, EINVAL
		}
		attrs = append(attrs, NetlinkRouteAttr{Attr: a, Value: b[SizeofRtAttr:n]})
		if align4(n) >= len(b) {
			break
		}
		b = b[align4(n):]
	}
	return attrs, nil
}
