// regexp and regexp/syntax compiled from Go's own source, over golite's unicode tables.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindAllStringSubmatch("bob@example.com, alice@test.com", -1))
	fmt.Println(re.ReplaceAllString("bob@example.com", "$2 at $1"))
	fmt.Println(re.FindAllStringIndex("bob@example.com, alice@test.com", -1))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc λόγος def"))
	fmt.Println(regexp.MustCompile(`\pL+`).FindAllString("héllo wörld 123", -1))
	fmt.Println(regexp.MustCompile(`(?i)straße`).MatchString("STRASSE"), regexp.MustCompile(`(?i)k`).MatchString("\u212a"))
	for _, bad := range []string{`a(b`, `*a`, `a{2,1}`, `\p{Nope}`, `[z-a]`, `(?P<x>a)(?P<x>b)`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	fmt.Println(regexp.QuoteMeta("a.b*c"), re.NumSubexp(), re.String())
	fmt.Println(strings.Join(regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1), "|"))
	m := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(m.SubexpNames(), m.SubexpIndex("month"), m.FindStringSubmatchIndex("on 2024-05 and"))
	var dst []byte
	for _, sub := range m.FindAllStringSubmatchIndex("2024-05 2023-11", -1) {
		dst = m.ExpandString(dst, "$month/$year;", "2024-05 2023-11", sub)
	}
	fmt.Println(string(dst))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).FindAllString("baaab", -1))
	fmt.Println(regexp.MustCompile(`(a+)(b+)?`).ReplaceAllStringFunc("aab ab a", strings.ToUpper))
	fmt.Println(regexp.MustCompile(`[[:alpha:]]+`).FindAllString("hi there 42", -1))
	fmt.Printf("%s\n", regexp.MustCompile(`o+`).ReplaceAll([]byte("foo boo"), []byte("0")))
	fmt.Println(regexp.MustCompile(`b+`).FindReaderIndex(bytes.NewReader([]byte("aabbbcc"))))
	lng := regexp.MustCompile(`a(|b)`)
	fmt.Println(lng.FindString("ab"))
	lng.Longest()
	fmt.Println(lng.FindString("ab"))
	posix := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(posix.FindString("aab"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllLiteralString("abc", "$1-"))
	fmt.Println(regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234"))
	fmt.Println(regexp.MustCompile(`(?m)^(\w+):`).FindAllStringSubmatch("key: v\nother: w", -1))
	fmt.Println(regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"), regexp.MustCompile(`a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`\bfoo\b`).FindAllStringIndex("foo foobar barfoo foo", -1))
	fmt.Println(regexp.MustCompile(`[^\x00-\x7f]+`).FindAllString("abc日本語def", -1))
	p, err := syntax.Parse(`a|b|c+`, syntax.Perl)
	fmt.Println(p, err, p.Simplify())
	prog, _ := syntax.Compile(p.Simplify())
	fmt.Println(len(prog.Inst) > 0, prog.Start > 0)
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(len(regexp.MustCompile(`(ab)+`).FindString(sb.String())))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}
