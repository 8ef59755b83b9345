package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond,
		-time.Millisecond, time.Second, 1500 * time.Millisecond, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		100 * time.Hour, -2 * time.Hour, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3723500 * time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Second), d.Round(time.Minute), d.Round(time.Hour), d.Round(0))
	fmt.Println(d.Truncate(time.Second), d.Truncate(time.Minute), d.Truncate(time.Hour), d.Truncate(-1))
	fmt.Println((-d).Round(time.Minute), (-d).Truncate(time.Minute), (-d).Abs())
	fmt.Printf("%v %s %d\n", time.Second, 2*time.Minute, time.Millisecond)
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "300ms", "1us", "1µs", "10ns", "bad", "", "3"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(time.Duration(1e9).String() == "1s")
}
