package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界!" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	for i := range "日本語" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for range "emoji 😀👍" {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len("emoji 😀👍"))
	for _, r := range "\xed\xa0\x80" {
		fmt.Print(r, " ")
	}
	fmt.Println()
	s := "abc"
	for i, r := range s {
		s = "changed"
		fmt.Print(i, string(r))
	}
	fmt.Println(" ", s)
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
	for i, r := range "\U0010FFFF\xf4\x90\x80\x80" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
