package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us.`

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		counts[w]++
		total++
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	// sort by count desc, then word asc (insertion sort)
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0; j-- {
			a, b := entries[j-1], entries[j]
			if a.count < b.count || (a.count == b.count && a.word > b.word) {
				entries[j-1], entries[j] = b, a
			} else {
				break
			}
		}
	}
	fmt.Println("total words:", total, "distinct:", len(entries))
	for i, e := range entries {
		if i >= 10 {
			break
		}
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, e.word, e.count, strings.Repeat("*", e.count))
	}
	longest := ""
	for _, e := range entries {
		if utf8.RuneCountInString(e.word) > len(longest) || (len(e.word) == len(longest) && e.word < longest) {
			longest = e.word
		}
	}
	fmt.Println("longest:", longest)
	fmt.Println(counts)
}
