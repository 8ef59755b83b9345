package time

import "errors"

// A Location maps time instants to the zone in use at that time. golite knows fixed
// zones only: UTC, Local (which is UTC: golite reads no zoneinfo database) and FixedZone.
type Location struct {
	name   string
	zname  string
	offset int

	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

type zone struct {
	name   string
	offset int
	isDST  bool
}

const (
	alpha = -1 << 63  // math.MinInt64
	omega = 1<<63 - 1 // math.MaxInt64
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC", zname: "UTC"}

// Local represents the system's local time zone (UTC in golite).
var Local *Location = &localLoc

var localLoc = Location{name: "Local", zname: "UTC"}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to the
// name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zname: name, offset: offset}
}

func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	return l.zname, l.offset, alpha, omega, false
}

// LoadLocation returns the Location with the given name ("" and "UTC": UTC, "Local").
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
