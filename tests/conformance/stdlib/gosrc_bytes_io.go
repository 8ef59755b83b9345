// bytes, encoding/csv and text/scanner compiled from Go's source (over golite's own
// internal/bytealg and internal/cpu), and the io helpers: LimitReader, TeeReader,
// MultiReader, MultiWriter, SectionReader, CopyN; strings.Reader as an io.ReaderAt and Seeker.
package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
	"text/scanner"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("Hello, ")
	buf.Write([]byte("World"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := []byte("  a,b,,c  ")
	fmt.Printf("%q %q %q\n", bytes.Split(b, []byte(",")), bytes.Fields(b), bytes.TrimSpace(b))
	fmt.Println(bytes.Contains(b, []byte("b,")), bytes.Index(b, []byte("c")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(string(bytes.ToUpper([]byte("héllo"))), string(bytes.Repeat([]byte("ab"), 3)), string(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-"))))
	fmt.Println(string(bytes.Map(func(r rune) rune { return r + 1 }, []byte("abc"))), string(bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit)))
	fmt.Println(string(bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul"))), bytes.Compare([]byte("a"), []byte("b")))
	r := bytes.NewReader([]byte("0123456789"))
	p := make([]byte, 3)
	r.Seek(4, io.SeekStart)
	r.Read(p)
	fmt.Println(string(p), r.Len())
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 5)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	var w1, w2 bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&w1, &w2), mr)
	fmt.Println(n, err, w1.String(), w2.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
	n2, err := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n2, err)
	cr := csv.NewReader(strings.NewReader("name,age\n\"Smith, J\",42\nDoe,7\n"))
	recs, err := cr.ReadAll()
	fmt.Println(recs, err)
	cw := csv.NewWriter(os.Stdout)
	cw.Write([]string{"a,b", "c\"d", "e"})
	cw.Flush()
	var s scanner.Scanner
	s.Init(strings.NewReader("x := 3.5 + foo(\"bar\") // c"))
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Print(scanner.TokenString(tok), ":", s.TokenText(), " ")
	}
	fmt.Println()
}
