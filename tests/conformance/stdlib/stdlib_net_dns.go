// The pure-Go resolver over the poller: net.Resolver (PreferGo) asking a DNS server
// written here, on a localhost UDP socket, for A records and a missing name.
package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"sort"
	"strings"
)

// serve answers A queries for *.golite.test with 10.0.0.N (N the label's length) and
// everything else with NXDOMAIN.
func serve(pc net.PacketConn) {
	buf := make([]byte, 512)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		q := buf[:n]
		// The question: labels from offset 12, then type and class.
		var labels []string
		i := 12
		for q[i] != 0 {
			l := int(q[i])
			labels = append(labels, string(q[i+1:i+1+l]))
			i += 1 + l
		}
		qend := i + 5
		qtype := binary.BigEndian.Uint16(q[i+1:])
		name := strings.Join(labels, ".")
		resp := make([]byte, 0, 512)
		resp = append(resp, q[0], q[1]) // id
		found := strings.HasSuffix(name, ".golite.test")
		flags := uint16(0x8180) // response, recursion desired and available
		if !found {
			flags |= 3 // NXDOMAIN
		}
		resp = binary.BigEndian.AppendUint16(resp, flags)
		answers := uint16(0)
		if found && qtype == 1 {
			answers = 1
		}
		resp = binary.BigEndian.AppendUint16(resp, 1)
		resp = binary.BigEndian.AppendUint16(resp, answers)
		resp = binary.BigEndian.AppendUint16(resp, 0)
		resp = binary.BigEndian.AppendUint16(resp, 0)
		resp = append(resp, q[12:qend]...)
		if answers == 1 {
			resp = append(resp, 0xc0, 12) // the name, by pointer
			resp = binary.BigEndian.AppendUint16(resp, 1)
			resp = binary.BigEndian.AppendUint16(resp, 1)
			resp = binary.BigEndian.AppendUint32(resp, 60)
			resp = binary.BigEndian.AppendUint16(resp, 4)
			resp = append(resp, 10, 0, 0, byte(len(labels[0])))
		}
		pc.WriteTo(resp, from)
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go serve(pc)
	r := &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "udp", pc.LocalAddr().String())
		},
	}
	ctx := context.Background()
	for _, host := range []string{"abc.golite.test", "hello.golite.test"} {
		addrs, err := r.LookupHost(ctx, host)
		sort.Strings(addrs)
		fmt.Println(host, addrs, err)
	}
	ips, err := r.LookupIPAddr(ctx, "x.golite.test")
	fmt.Println(ips, err)
	_, err = r.LookupHost(ctx, "missing.example")
	var dnsErr *net.DNSError
	fmt.Println(errors.As(err, &dnsErr), dnsErr.IsNotFound, dnsErr.Name)
}
