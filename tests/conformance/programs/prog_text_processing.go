package main

import (
	"fmt"
	"strings"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, rs[i])
		i = j
	}
	return sb.String()
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line == "" {
			line = w
		} else if len(line)+1+len(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func anagramKey(s string) string {
	counts := [26]int{}
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	return fmt.Sprint(counts)
}

func main() {
	msg := "Hello, World! xyz"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3))
	fmt.Println(rle("aaabccddddde"), rle("世世界界界"), rle(""))
	for _, s := range []string{"A man, a plan, a canal: Panama", "golite", "No 'x' in Nixon", ""} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away from here", 20) {
		fmt.Printf("%2d |%-20s|\n", i, l)
	}
	groups := map[string][]string{}
	var order []string
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"} {
		k := anagramKey(w)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	for _, k := range order {
		fmt.Println(groups[k])
	}
	title := strings.Fields("the go programming language")
	for i, w := range title {
		title[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(title, " "))
}
