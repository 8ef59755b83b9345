package main

var kb []byte

var ks string

// []byte(s) and string(b) that stay local do not escape; returned or stored they do.
func count(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func toBytes(s string) []byte { return []byte(s) }

func keepBytes(s string) { kb = []byte(s) }

func equal(b []byte, s string) bool { return string(b) == s }

func keepString(b []byte) { ks = string(b) }

func runes(s string) int { return len([]rune(s)) }

func main() {
	keepBytes("xyz")
	keepString([]byte("abc"))
	println(count("banana"), len(toBytes("hello")), string(kb), equal([]byte("q"), "q"), ks, runes("héllo"))
}
