// time.LoadLocation from /usr/share/zoneinfo (TZif files and their POSIX TZ footer
// rules), zone transitions, DST, ZoneBounds, Parse against a zone's abbreviations, and
// Go's errors for bad names.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
		"Asia/Kathmandu", "America/Sao_Paulo", "Pacific/Chatham", "Etc/GMT+5", "UTC", "", "Local", "Europe/Dublin",
		"America/St_Johns", "Africa/Casablanca"}
	instants := []time.Time{
		time.Date(1850, 6, 1, 12, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2021, 7, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2050, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2050, 7, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2300, 10, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, name := range names {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		fmt.Printf("%q %s\n", name, loc)
		for _, t := range instants {
			lt := t.In(loc)
			zn, off := lt.Zone()
			fmt.Printf("  %s %s %d dst=%v\n", lt.Format(time.RFC3339), zn, off, lt.IsDST())
		}
	}

	for _, name := range []string{"Mars/Olympus", "../etc/passwd", "/etc/localtime", "America", "America/New_York/x", "utc"} {
		_, err := time.LoadLocation(name)
		fmt.Printf("%q %v\n", name, err)
	}

	ny, _ := time.LoadLocation("America/New_York")
	// Around the spring forward and fall back of 2022 (and of 2040, from the TZ rule).
	for _, t := range []time.Time{
		time.Date(2022, 3, 13, 6, 59, 59, 0, time.UTC), time.Date(2022, 3, 13, 7, 0, 0, 0, time.UTC),
		time.Date(2022, 11, 6, 5, 59, 59, 0, time.UTC), time.Date(2022, 11, 6, 6, 0, 0, 0, time.UTC),
		time.Date(2040, 3, 11, 6, 59, 59, 0, time.UTC), time.Date(2040, 3, 11, 7, 0, 0, 0, time.UTC),
		time.Date(2040, 11, 4, 5, 59, 59, 0, time.UTC), time.Date(2040, 11, 4, 6, 0, 0, 0, time.UTC),
	} {
		lt := t.In(ny)
		s, e := lt.ZoneBounds()
		fmt.Println(lt, lt.IsDST(), s, e)
	}
	// Date in a zone: a skipped wall time and a repeated one.
	fmt.Println(time.Date(2022, 3, 13, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2022, 11, 6, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2045, 7, 4, 12, 0, 0, 0, ny))
	// Arithmetic across a transition.
	t0 := time.Date(2022, 3, 12, 12, 0, 0, 0, ny)
	fmt.Println(t0.Add(24*time.Hour), t0.AddDate(0, 0, 1), t0.AddDate(0, 0, 1).Sub(t0))

	// Parsing against a zone's abbreviations and offsets.
	for _, v := range []string{"2022-01-10 10:00 EST", "2022-07-10 10:00 EDT", "2022-07-10 10:00 EST", "2022-07-10 10:00 PST", "2022-07-10 10:00 UTC"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, ny)
		fmt.Println(v, "->", t, t.Location(), t.Unix(), err)
	}
	for _, v := range []string{"2022-07-10 10:00 -0400", "2022-07-10 10:00 -0500", "2022-01-10 10:00 -0500"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 -0700", v, ny)
		fmt.Println(v, "->", t, t.Location(), t.Unix(), err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-07-10 10:00", ny)
	fmt.Println(t, t.Location(), t.Unix(), err)
	t, err = time.ParseInLocation(time.RFC1123, "Sun, 10 Jul 2022 10:00:00 EDT", ny)
	fmt.Println(t, t.Format(time.RFC1123Z), err)

	// Fixed zones.
	fz := time.FixedZone("ABC", -(3*3600 + 1800))
	fmt.Println(fz, time.Date(2000, 1, 1, 0, 0, 0, 0, fz), time.Date(2000, 1, 1, 0, 0, 0, 0, fz).IsDST())
	s, e := time.Date(2000, 1, 1, 0, 0, 0, 0, fz).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	s, e = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	fmt.Println(time.UTC, time.Local)

	// LoadLocationFromTZData with bad data.
	_, err = time.LoadLocationFromTZData("x", []byte("TZif junk"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("x", nil)
	fmt.Println(err)
}
