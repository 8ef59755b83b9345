package time

import "sync"

// Time zones (Go's zoneinfo.go). A Location is a list of zones (name, offset, DST) and a
// sorted list of transitions saying which zone starts when; past the last transition, an
// optional POSIX TZ rule (extend, like "CET-1CEST,M3.5.0,M10.5.0/3") gives the zone for
// any later year. UTC has no zones; a FixedZone has one zone and one transition at the
// beginning of time. Locations come from the TZif files of /usr/share/zoneinfo
// (zoneinfo_read.go); Local is loaded on first use from $TZ or /etc/localtime.
//
// The cache (cacheStart, cacheEnd, cacheZone) remembers one zone and the instants it is
// in effect; abs and locabs read it without calling lookup. It is set only for fixed zones.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string

	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone is one of a location's time zones, such as CET or CEST.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is a transition: from when on (Unix seconds), zone[index] is in effect.
type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

const (
	alpha = -1 << 63  // math.MinInt64
	omega = 1<<63 - 1 // math.MaxInt64
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate so that get can refer to &utcLoc and ensure that it never returns
// a nil *Location even if a badly behaved client has changed UTC.
var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone: the zone $TZ names, /etc/localtime
// when TZ is unset, UTC when it is empty or cannot be loaded.
var Local *Location = &localLoc

var localLoc Location
var localOnce sync.Once

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
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
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns the zone in effect at sec (Unix seconds) in l: its name, offset and
// DST flag, and the instants [start, end) during which it is in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return z.name, z.offset, l.cacheStart, l.cacheEnd, z.isDST
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}

	// The last transition at or before sec, by binary search.
	lo, hi := 0, len(l.tx)
	end = omega
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			end = l.tx[m].when
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[l.tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, l.tx[lo].when, z.isDST
	if lo == len(l.tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone returns the zone in effect before the first transition: the first
// standard-time zone (one before the first transition's zone if that is DST), or zone 0
// when no transition uses zone 0.
func (l *Location) lookupFirstZone() int {
	used := false
	for _, tx := range l.tx {
		if tx.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// lookupName returns the offset of the zone called name in l, preferring one in effect
// around unix.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			if zname, zoffset, _, _, _ := l.lookup(unix - int64(z.offset)); zname == z.name {
				return zoffset, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// tzset applies the POSIX TZ rule s (std offset [dst [offset] [,start[/time],end[/time]]])
// to sec, a time after lastTxSec, the last transition. ok is false if s is malformed.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzsetName(s)
	stdOffset := 0
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset = -stdOffset // POSIX offsets are west of UTC
	if s == "" || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true // no daylight saving
	}

	dstName, s, ok := tzsetName(s)
	dstOffset := stdOffset + secondsPerHour
	if ok && s != "" && s[0] != ',' {
		dstOffset, s, ok = tzsetOffset(s)
		dstOffset = -dstOffset
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if s == "" {
		s = ",M3.2.0,M11.1.0" // the US rules, POSIX's default
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := tzsetRule(s[1:])
	if !ok || s == "" || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := tzsetRule(s[1:])
	if !ok || s != "" {
		return "", 0, 0, 0, false, false
	}

	// The year of sec, taken in UTC as Go does, and sec's second within it.
	year, _, _, yday := absDate(uint64(sec+unixToInternal+internalToAbsolute), false)
	ysec := int64(yday*secondsPerDay) + sec%secondsPerDay
	yearStart := int64(daysSinceEpoch(year)*secondsPerDay) + absoluteToInternal + internalToUnix

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	if endSec < startSec { // southern hemisphere: the year starts in daylight time
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOffset, yearStart, startSec + yearStart, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOffset, endSec + yearStart, yearStart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + yearStart, endSec + yearStart, dstIsDST, true
}

// tzsetName reads a zone name: three or more characters up to a digit, sign or comma,
// or anything between < and >.
func tzsetName(s string) (name, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset reads [+-]hh[:mm[:ss]] as seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if s == "" {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	hours, s, ok := tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	offset = hours * secondsPerHour
	for _, unit := range [2]int{secondsPerMinute, 1} {
		if s == "" || s[0] != ':' {
			break
		}
		var n int
		if n, s, ok = tzsetNum(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		offset += n * unit
	}
	if neg {
		offset = -offset
	}
	return offset, s, true
}

type ruleKind int

const (
	ruleJulian       ruleKind = iota // Jn: day n of 1..365, February 29 not counted
	ruleDOY                          // n: day n of 0..365
	ruleMonthWeekDay                 // Mm.w.d: day d of week w (5 = last) of month m
)

// A rule is a daylight saving transition day and the time of day it happens.
type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // seconds after midnight local time
}

func tzsetRule(s string) (r rule, rest string, ok bool) {
	if s == "" {
		return rule{}, "", false
	}
	switch s[0] {
	case 'J':
		r.kind = ruleJulian
		if r.day, s, ok = tzsetNum(s[1:], 1, 365); !ok {
			return rule{}, "", false
		}
	case 'M':
		r.kind = ruleMonthWeekDay
		if r.mon, s, ok = tzsetNum(s[1:], 1, 12); !ok || s == "" || s[0] != '.' {
			return rule{}, "", false
		}
		if r.week, s, ok = tzsetNum(s[1:], 1, 5); !ok || s == "" || s[0] != '.' {
			return rule{}, "", false
		}
		if r.day, s, ok = tzsetNum(s[1:], 0, 6); !ok {
			return rule{}, "", false
		}
	default:
		r.kind = ruleDOY
		if r.day, s, ok = tzsetNum(s, 0, 365); !ok {
			return rule{}, "", false
		}
	}
	r.time = 2 * secondsPerHour // 2am unless given
	if s != "" && s[0] == '/' {
		if r.time, s, ok = tzsetOffset(s[1:]); !ok {
			return rule{}, "", false
		}
	}
	return r, s, true
}

// tzsetNum reads a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		num = num*10 + int(s[i]-'0')
		if num > max {
			return 0, "", false
		}
		i++
	}
	if i == 0 || num < min {
		return 0, "", false
	}
	return num, s[i:], true
}

// tzruleTime returns the second of year at which rule r takes effect, in UTC for a zone
// whose offset before it is off.
func tzruleTime(year int, r rule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// The weekday of the first of the month (Zeller's congruence), then the first
		// day d of the month, then week-1 weeks on without leaving the month.
		m1 := (r.mon+9)%12 + 1
		yy0 := year
		if r.mon <= 2 {
			yy0--
		}
		yy1, yy2 := yy0/100, yy0%100
		dow := ((26*m1-2)/10 + 1 + yy2 + yy2/4 + yy1/4 - 2*yy1) % 7
		if dow < 0 {
			dow += 7
		}
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week && d+7 < daysIn(Month(r.mon), year); i++ {
			d += 7
		}
		d += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}

// ZoneBounds returns the bounds of the zone in effect at t: it begins at start and the
// next zone begins at end. A zero Time stands for a bound at the beginning or end of
// time.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = unixTime(startSec, 0)
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = unixTime(endSec, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether t is in daylight saving time in its location.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.Unix())
	return isDST
}
