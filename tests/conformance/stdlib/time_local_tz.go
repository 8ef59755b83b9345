// time.Local follows $TZ (read on Local's first use): a zone of the database names
// Local after the zone.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.Setenv("TZ", "Europe/Berlin")
	fmt.Println(time.Local)
	t := time.Unix(1700000000, 0)
	fmt.Println(t, t.Location())
	fmt.Println(time.Unix(1690000000, 0))
	fmt.Println(time.Date(2023, 7, 1, 12, 0, 0, 0, time.Local).Unix())
	p, err := time.Parse("2006-01-02 15:04 MST", "2023-07-01 12:00 CEST")
	fmt.Println(p, p.Location(), p.Unix(), err)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2023-01-01 12:00 +0100")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse(time.RFC3339, "2023-07-01T12:00:00+02:00")
	fmt.Println(p, p.Location(), err)
	var u time.Time
	b, _ := time.Date(2023, 7, 1, 12, 0, 0, 0, time.UTC).In(time.Local).MarshalBinary()
	fmt.Println(u.UnmarshalBinary(b), u, u.Location())
}
