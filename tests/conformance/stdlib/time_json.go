// time.Time's encodings: MarshalJSON/UnmarshalJSON (and encoding/json of a struct holding
// times), MarshalText/UnmarshalText, MarshalBinary/UnmarshalBinary, GobEncode/GobDecode,
// with Go's error texts.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name    string
	At      time.Time
	Until   *time.Time `json:"until,omitempty"`
	Created time.Time  `json:"created"`
}

func main() {
	at := time.Date(2021, time.March, 4, 5, 6, 7, 890000000, time.UTC)
	until := time.Date(2022, time.December, 25, 18, 0, 0, 0, time.FixedZone("CET", 3600))
	e := Event{Name: "launch", At: at, Until: &until, Created: time.Date(2000, 1, 1, 0, 0, 0, 1, time.FixedZone("", -9*3600-1800))}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(Event{Name: "zero"}, "", "  ")
	fmt.Println(string(b), err)

	var back Event
	err = json.Unmarshal([]byte(`{"Name":"x","At":"2019-10-12T07:20:50.52Z","until":"1996-12-19T16:39:57-08:00","created":null}`), &back)
	fmt.Println(err, back.Name, back.At, back.Until, back.Created.IsZero())
	fmt.Println(back.At.Format(time.RFC3339Nano), back.Until.Format(time.RFC1123Z))

	for _, in := range []string{
		`{"At":"2019-10-12"}`,
		`{"At":"not a time"}`,
		`{"At":"2019-10-12T07:20:50Z junk"}`,
		`{"At":"2019-13-12T07:20:50Z"}`,
		`{"At":12345}`,
	} {
		var ev Event
		err := json.Unmarshal([]byte(in), &ev)
		fmt.Println(in, "->", err)
	}

	// Round trip through JSON keeps the instant and the offset.
	b, _ = json.Marshal(e)
	var e2 Event
	err = json.Unmarshal(b, &e2)
	fmt.Println(err, e2.At.Equal(e.At), e2.Until.Equal(*e.Until), e2.Created.Equal(e.Created), e2.Created)

	// Direct calls.
	for _, t := range []time.Time{at, until, {}, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		j, err := t.MarshalJSON()
		fmt.Printf("MarshalJSON %s %v\n", j, err)
		x, err := t.MarshalText()
		fmt.Printf("MarshalText %s %v\n", x, err)
		bin, err := t.MarshalBinary()
		fmt.Printf("MarshalBinary %v %v\n", bin, err)
		g, err := t.GobEncode()
		fmt.Printf("GobEncode %v %v\n", g, err)
		if err == nil {
			var u time.Time
			err = u.UnmarshalBinary(bin)
			fmt.Println("UnmarshalBinary", u, err, u.Equal(t))
			var v time.Time
			err = v.GobDecode(g)
			fmt.Println("GobDecode", v, err, v.Equal(t))
		}
	}
	var t time.Time
	fmt.Println(t.UnmarshalJSON([]byte(`"2001-02-03T04:05:06.007+08:00"`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`null`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`2001-02-03T04:05:06Z`)), t)
	fmt.Println(t.UnmarshalText([]byte(`2001-02-03T04:05:06Z`)), t)
	fmt.Println(t.UnmarshalText([]byte(`"2001-02-03T04:05:06Z"`)), t)
	fmt.Println(t.UnmarshalText([]byte(`2001-02-03T04:05:06.999999999999-00:30`)), t)
	fmt.Println(t.UnmarshalBinary(nil))
	fmt.Println(t.UnmarshalBinary([]byte{9}))
	fmt.Println(t.UnmarshalBinary([]byte{1, 2, 3}))
	fmt.Println(t.UnmarshalBinary([]byte{2, 0, 0, 0, 14, 187, 75, 55, 229, 0, 0, 0, 0, 0, 0}))
	lmt := time.Date(1850, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", -17762))
	bin, err := lmt.MarshalBinary()
	fmt.Println(bin, err)
	fmt.Println(t.UnmarshalBinary(bin), t, t.Equal(lmt))
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("M", -60)).MarshalBinary()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("big", 32768*60)).MarshalBinary()
	fmt.Println(err)
	l, _ := time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local).MarshalBinary()
	fmt.Println(l)
	fmt.Println(t.UnmarshalBinary(l), t.Location())
}
