// time.Parse and ParseInLocation: every layout element, the predefined layouts, Go's
// ParseError texts, and Format -> Parse round trips.
package main

import (
	"errors"
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Printf("%-40q ERR %v\n", value, err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%-40q %s | %s %d %d\n", value, t.Format(time.RFC3339Nano), name, off, t.Unix())
}

func main() {
	fmt.Println("== predefined layouts")
	show(time.RFC3339, "2006-01-02T15:04:05Z")
	show(time.RFC3339, "2021-12-31T23:59:59+05:30")
	show(time.RFC3339, "2021-12-31T23:59:59-08:00")
	show(time.RFC3339, "2021-06-15T10:20:30.123456789Z")
	show(time.RFC3339Nano, "2021-06-15T10:20:30.1Z")
	show(time.RFC3339Nano, "2021-06-15T10:20:30.000000001+01:00")
	show(time.RFC3339Nano, "2021-06-15T10:20:30Z")
	show(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	show(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	show(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT")
	show(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3")
	show(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT-11")
	show(time.RFC822, "02 Jan 06 15:04 MST")
	show(time.RFC822Z, "02 Jan 06 15:04 -0700")
	show(time.RFC850, "Monday, 02-Jan-06 15:04:05 MST")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.ANSIC, "Thu Feb  4 21:00:57 2010")
	show(time.ANSIC, "Thu Feb 14 21:00:57 2010")
	show(time.UnixDate, "Thu Feb  4 21:00:57 PST 2010")
	show(time.UnixDate, "Thu Feb  4 21:00:57 CEST 2010")
	show(time.UnixDate, "Thu Feb  4 21:00:57 ChST 2010")
	show(time.UnixDate, "Thu Feb  4 21:00:57 WITA 2010")
	show(time.UnixDate, "Thu Feb  4 21:00:57 +07 2010")
	show(time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:00AM")
	show(time.Kitchen, "12:30PM")
	show(time.Stamp, "Feb  4 21:00:57")
	show(time.StampMilli, "Feb  4 21:00:57.012")
	show(time.StampMicro, "Feb  4 21:00:57.012345")
	show(time.StampNano, "Feb  4 21:00:57.012345678")
	show(time.Layout, "01/02 03:04:05PM '06 -0700")

	fmt.Println("== elements")
	show("2006-01-02 15:04:05", "2022-03-04 05:06:07")
	show("2006-01-02 15:04:05", "2022-03-04 05:06:07.891")
	show("2006-01-02 15:04:05", "2022-03-04 05:06:07,891")
	show("2006-01-02 15:04:05", "2022-03-04 05:06:07.1234567891234")
	show("2006-1-2 3:4:5 pm", "2022-3-4 5:6:7 pm")
	show("2006-1-2 3:4:5 PM", "2022-3-4 12:6:7 AM")
	show("January 2, 2006", "March 14, 2015")
	show("January 2, 2006", "march 14, 2015")
	show("Jan 2, 2006", "SEP 9, 2015")
	show("Monday Jan _2 2006", "Friday Dec  5 2014")
	show("Mon Jan _2 2006", "Sun Dec 25 2016")
	show("06-01-02", "69-01-02")
	show("06-01-02", "68-12-31")
	show("2006 002", "2020 060")
	show("2006 002", "2020 366")
	show("2006 __2", "2021  59")
	show("2006 __2", "2021   1")
	show("2006-01-02 002", "2020-02-29 060")
	show("15:04:05.000", "10:11:12.345")
	show("15:04:05.000000", "10:11:12.345678")
	show("15:04:05,000", "10:11:12,345")
	show("15:04:05.999", "10:11:12")
	show("15:04:05.999", "10:11:12.5")
	show("15:04:05.999999999", "10:11:12.123456789")
	show("15:04:05 -07", "10:11:12 +05")
	show("15:04:05 -07:00:00", "10:11:12 +05:30:15")
	show("15:04:05 -070000", "10:11:12 -053015")
	show("15:04:05 Z07", "10:11:12 Z")
	show("15:04:05 Z07", "10:11:12 -03")
	show("15:04:05 Z0700", "10:11:12 Z")
	show("15:04:05 Z0700", "10:11:12 +0100")
	show("15:04:05 Z07:00", "10:11:12 -02:30")
	show("15:04:05 Z070000", "10:11:12 +013015")
	show("15:04:05 Z07:00:00", "10:11:12 +01:30:15")
	show("15:04:05 -0700", "10:11:12 +0000")
	show("2006-01-02  15:04", "2020-01-02 15:04")
	show("2006-01-02 15:04", "2020-01-02    15:04")
	show("", "")
	show("no elements", "no elements")

	fmt.Println("== errors")
	show("2006-01-02", "x")
	show("2006-01-02", "2006-13-02")
	show("2006-01-02", "2006-00-02")
	show("2006-01-02", "2006-02-30")
	show("2006-01-02", "2006-02-29")
	show("2006-01-02", "2008-02-29")
	show("2006-01-02", "2006-01-02 extra")
	show("2006-01-02", "2006-1-02")
	show("2006-01-02", "20x6-01-02")
	show("06-01-02", "x6-01-02")
	show("15:04:05", "24:00:00")
	show("15:04:05", "23:60:00")
	show("15:04:05", "23:59:60")
	show("3:04PM", "13:04PM")
	show("3:04PM", "3:04XM")
	show("3:04pm", "3:04PM")
	show("Jan 2", "Foo 2")
	show("Mon Jan 2", "Xyz Jan 2")
	show("15:04:05.000", "10:11:12.34")
	show("15:04:05.000", "10:11:12.3x5")
	show("15:04:05 MST", "10:11:12 abc")
	show("15:04:05 MST", "10:11:12 ABCDEF")
	show("15:04:05 -0700", "10:11:12 +01")
	show("15:04:05 -0700", "10:11:12 *0100")
	show("15:04:05 -07:00", "10:11:12 +01-00")
	show("15:04:05 Z07:00", "10:11:12 z")
	show("2006 002", "2021 366")
	show("2006 002", "2021 000")
	show("2006-01 002", "2021-02 001")
	show("2006-01-02 002", "2021-01-02 001")
	show("2006 002", "2021 01")
	show(time.RFC3339, "2006-01-02T15:04:05")
	show(time.RFC3339, "2006-01-02T15:04:05Z07:00")
	show(time.RFC3339, `"2006-01-02T15:04:05Z"`)
	show(time.RFC3339, "2006-01-02 15:04:05Z")
	show("2006", "\x01\xff\"\\")

	_, err := time.Parse("2006-01-02", "2006-13-02")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("ParseError %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	_, err = time.Parse("2006-01-02", "x")
	if errors.As(err, &pe) {
		fmt.Printf("ParseError %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}

	fmt.Println("== ParseInLocation")
	est := time.FixedZone("EST", -5*3600)
	for _, v := range []string{"2020-05-06 07:08:09", "2020-05-06 07:08:09 EST", "2020-05-06 07:08:09 XYZ", "2020-05-06 07:08:09 UTC"} {
		layout := "2006-01-02 15:04:05"
		if len(v) > len(layout) {
			layout += " MST"
		}
		t, err := time.ParseInLocation(layout, v, est)
		fmt.Println(t, t.Location(), t.Unix(), err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 -0500", est)
	fmt.Println(t, t.Location(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 -0400", est)
	fmt.Println(t, t.Location(), err)
	t, err = time.Parse("2006-01-02 15:04 -0700", "2020-05-06 07:08 +0000")
	fmt.Println(t, t.Location(), err)
	t, err = time.Parse("2006-01-02 15:04 MST", "2020-05-06 07:08 PDT")
	fmt.Println(t, t.Location(), err)

	fmt.Println("== round trips")
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(1999, time.December, 31, 0, 0, 0, 0, time.FixedZone("X", 3*3600+1800)),
		time.Date(2024, time.February, 29, 12, 30, 0, 500000000, time.FixedZone("", -7*3600)),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, time.December, 31, 23, 59, 59, 999999999, time.UTC),
	}
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123Z, time.RFC822Z, time.RubyDate,
		time.ANSIC, time.Kitchen, time.StampMicro, "2006-01-02 15:04:05.000000 Z07:00",
		"Monday, January 2, 2006 at 3:04:05.999 pm -07:00:00", "2006 002 15 04 05 -0700"}
	for _, tm := range times {
		for _, l := range layouts {
			s := tm.Format(l)
			back, err := time.Parse(l, s)
			if err != nil {
				fmt.Printf("%q: %v\n", s, err)
				continue
			}
			fmt.Printf("%-55q -> %s %v\n", s, back.Format(time.RFC3339Nano), back.Equal(tm))
		}
	}
}
