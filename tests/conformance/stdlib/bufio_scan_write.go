package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	input := "first line\nsecond line\r\n\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Print("[", words.Text(), "]")
	}
	fmt.Println(count)

	runes := bufio.NewScanner(strings.NewReader("héllo\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 50)
	fmt.Println(long.Scan(), long.Err())

	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma\nsecond line\nü"))
	s, err := r.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	b, err := r.ReadBytes(',')
	fmt.Printf("%q %v\n", b, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.Buffered())
	peek, err := r.Peek(3)
	fmt.Printf("%q %v\n", peek, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune())
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err)
	_, _, err = r.ReadRune()
	fmt.Println(err == io.EOF)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d %s\n", 42, "text")
	w.WriteString("write string\n")
	w.WriteByte('B')
	w.WriteRune('é')
	w.WriteRune('\n')
	fmt.Println("(before flush, buffered:", w.Buffered(), ")")
	w.Flush()
	small := bufio.NewWriterSize(os.Stdout, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "line %d of the small writer\n", i)
	}
	small.Flush()
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.WriteString("into a builder")
	fmt.Println(sb.Len())
	bw.Flush()
	fmt.Println(sb.String(), bw.Available(), bw.Size())
}
