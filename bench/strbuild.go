// strbuild: string building with strings.Builder, += concatenation, []byte appends
// and strconv.Itoa; hashes the results so every byte is checked.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func hash(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) & 0xFFFFFFFF
	}
	return h
}

func main() {
	n := 80000 // quick: 3000

	// strings.Builder with numbers and separators.
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i * 7))
		sb.WriteByte(',')
	}
	s1 := sb.String()

	// += concatenation of short pieces into short strings.
	total, h2 := 0, 0
	for i := 0; i < n; i++ {
		s := ""
		for j := 0; j < 8; j++ {
			s += strconv.Itoa(i+j) + ":"
		}
		total += len(s)
		h2 = (h2*131 + len(s) + int(s[len(s)/2])) & 0xFFFFFFFF
	}

	// += concatenation growing one string (quadratic copying).
	acc := ""
	for i := 0; i < n/10; i++ {
		acc += "x" + strconv.Itoa(i%100)
	}

	// []byte appends, in-place edits, conversion to string.
	buf := make([]byte, 0)
	for i := 0; i < n*4; i++ {
		buf = append(buf, byte('a'+i%26))
	}
	for i := 0; i < len(buf); i += 3 {
		buf[i] = buf[i] - 32
	}
	s3 := string(buf)

	fmt.Printf("builder: len=%d hash=%d\n", len(s1), hash(s1))
	fmt.Printf("concat: total=%d hash=%d\n", total, h2)
	fmt.Printf("grow: len=%d hash=%d\n", len(acc), hash(acc))
	fmt.Printf("bytes: len=%d hash=%d\n", len(s3), hash(s3))
}
