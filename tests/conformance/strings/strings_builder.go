package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("item")
		sb.WriteByte(byte('0' + i))
		sb.WriteRune('→')
	}
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	fmt.Fprintf(&sb, "%d-%s-%v", 42, "x", true)
	sb.Write([]byte("!!"))
	fmt.Println(sb.String())
	var b2 strings.Builder
	for i := 0; i < 1000; i++ {
		b2.WriteString("ab")
	}
	fmt.Println(b2.Len(), b2.String()[:10])
	lines := []string{"one", "two", "three"}
	var out strings.Builder
	for i, l := range lines {
		if i > 0 {
			out.WriteString("\n")
		}
		fmt.Fprintf(&out, "%2d: %s", i+1, l)
	}
	fmt.Println(out.String())
}
