package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1234567890, 123456789).UTC()
	fmt.Println(t)
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.Add(0)))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format(time.Kitchen), t.Format(time.ANSIC))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006 MST"), t.Format(time.RFC1123))
	fmt.Println(t.AddDate(0, 1, 1).Format("2006-01-02"))
	d := time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay(), d.AddDate(1, 0, 0))
	fmt.Println(d.Truncate(time.Hour*24), d.Round(time.Hour*24))
	var z time.Time
	fmt.Println(z.IsZero(), z, z.Unix())
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMilli(1500).UTC())
	fmt.Println(time.January, time.December, time.Saturday, time.Month(13))
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 59, 999999999, time.UTC).Add(1))

	// Monotonic: Since and Until.
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < 10*time.Second)
	fmt.Println(time.Until(start) < 0, time.Now().After(start), start.Before(time.Now()))
	fmt.Println(start.Round(0).Equal(start), time.Now().Year() >= 2023)
}
