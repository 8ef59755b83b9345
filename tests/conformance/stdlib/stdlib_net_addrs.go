// net's pure-Go parts: IP and CIDR parsing, host:port splitting, netip, the hosts-file
// resolver, interface addresses of the loopback device.
package main

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
)

func main() {
	for _, s := range []string{"192.168.1.10", "::1", "2001:db8::68", "::ffff:10.0.0.1", "300.1.1.1", "abc"} {
		ip := net.ParseIP(s)
		fmt.Println(s, ip, ip.To4() != nil, ip.IsLoopback(), ip.IsPrivate())
	}
	ip, n, err := net.ParseCIDR("10.1.2.3/20")
	fmt.Println(ip, n, err, n.Contains(net.ParseIP("10.1.15.255")), n.Contains(net.ParseIP("10.1.16.0")))
	ones, bits := n.Mask.Size()
	fmt.Println(ones, bits, n.Mask.String(), net.IPv4Mask(255, 255, 0, 0))
	_, _, err = net.ParseCIDR("10.1.2.3/33")
	fmt.Println(err)
	for _, hp := range []string{"example.com:80", "[::1]:8080", ":9000", "noport", "[::1"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "443"), net.JoinHostPort("host", "80"))
	a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:8080")
	fmt.Println(a, err, a.Port)
	u, err := net.ResolveUDPAddr("udp6", "[::1]:53")
	fmt.Println(u, err)
	hw, err := net.ParseMAC("00:1a:2b:3c:4d:5e")
	fmt.Println(hw, err)
	port, err := net.LookupPort("tcp", "http")
	fmt.Println(port, err)

	pa := netip.MustParseAddr("192.0.2.1")
	pp := netip.MustParseAddrPort("[2001:db8::1]:443")
	pf := netip.MustParsePrefix("192.0.2.0/24")
	fmt.Println(pa, pa.Is4(), pa.Next(), pp.Addr(), pp.Port(), pf.Contains(pa), pf.Masked())

	addrs, err := net.LookupHost("localhost")
	found := false
	for _, a := range addrs {
		if a == "127.0.0.1" || a == "::1" {
			found = true
		}
	}
	fmt.Println("localhost resolves to loopback:", found, err)
	ips, err := net.LookupIP("127.0.0.1")
	fmt.Println(ips, err)

	lo, err := net.InterfaceByName("lo")
	if err == nil {
		fmt.Println(lo.Name, lo.Flags&net.FlagLoopback != 0)
		as, _ := lo.Addrs()
		has := false
		for _, a := range as {
			if strings.HasPrefix(a.String(), "127.0.0.1/") {
				has = true
			}
		}
		fmt.Println("lo has 127.0.0.1:", has)
	} else {
		fmt.Println(err)
	}
}
