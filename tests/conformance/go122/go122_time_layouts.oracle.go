// Go 1.20's layouts "2006-01-02 15:04:05", DateOnly and TimeOnly, formatting and parsing
// (the oracle twin spells them out for go 1.19).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.August, 9, 7, 5, 3, 0, time.UTC)
	for _, l := range []string{"2006-01-02 15:04:05", "2006-01-02", "15:04:05"} {
		s := t.Format(l)
		back, err := time.Parse(l, s)
		fmt.Println(l, s, back, err)
	}
	_, err := time.Parse("2006-01-02 15:04:05", "2023-08-09T07:05:03")
	fmt.Println(err)
}
