package time

import "errors"

// Loading time zones from TZif files (RFC 8536; Go's zoneinfo_read.go and
// zoneinfo_unix.go): LoadLocation reads /usr/share/zoneinfo/NAME (or $ZONEINFO/NAME
// when that is a directory), LoadLocationFromTZData decodes the bytes, and initLocal
// sets Local from $TZ or /etc/localtime.
//
// A TZif file is a header ("TZif", version, six counts), then the counted arrays:
// transition times, the zone index of each transition, the zones (offset, isDST,
// abbreviation index), the abbreviations, leap seconds, standard/wall and UT/local
// flags. Version 2 and later repeat it all with 64-bit times after the 32-bit block;
// we skip to that block. A footer line holds the POSIX TZ rule for times after the
// last transition (Location.extend).

// readFile reads the file name. errno is 0 on success; otherwise errText is the
// error's text as Go's syscall.Errno gives it.
func readFile(name string) (data string, errno int, errText string)

// lookupEnv is syscall.Getenv.
func lookupEnv(key string) (value string, ok bool)

const enoent = 2 // syscall.ENOENT

var errLocation = errors.New("time: invalid location name")

var errBadData = errors.New("malformed time zone information")

var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local"
// is Local, any other name is a file of the IANA Time Zone database such as
// "America/New_York".
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// No paths out of the zoneinfo directories.
		return nil, errLocation
	}
	var firstErr error
	if dir, _ := lookupEnv("ZONEINFO"); dir != "" {
		data, errno, errText := readFile(dir + "/" + name)
		if errno == 0 {
			z, err := LoadLocationFromTZData(name, []byte(data))
			if err == nil {
				return z, nil
			}
			firstErr = err
		} else if errno != enoent {
			firstErr = errors.New(errText)
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocation loads name from the first of the directories in sources that has it.
// The error is the first one other than a missing file, or "unknown time zone".
func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, source := range sources {
		data, errno, errText := readFile(source + name)
		var err error
		if errno == 0 {
			z, zerr := LoadLocationFromTZData(name, []byte(data))
			if zerr == nil {
				return z, nil
			}
			err = zerr
		} else if errno != enoent {
			err = errors.New(errText)
		}
		if firstErr == nil && err != nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// initLocal sets localLoc, as Go does on Unix: TZ unset means /etc/localtime, TZ empty
// means UTC, TZ=[:]/path a file and TZ=[:]Name a zone of the database; a zone that
// cannot be loaded means UTC.
func initLocal() {
	tz, ok := lookupEnv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// tzReader reads a TZif file's big-endian fields; a read past the end sets failed.
type tzReader struct {
	p      []byte
	failed bool
}

func (r *tzReader) read(n int) []byte {
	if n < 0 || len(r.p) < n {
		r.p = nil
		r.failed = true
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *tzReader) big4() (uint32, bool) {
	b := r.read(4)
	if len(b) < 4 {
		return 0, false
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]), true
}

func (r *tzReader) big8() (uint64, bool) {
	hi, ok1 := r.big4()
	lo, ok2 := r.big4()
	return uint64(hi)<<32 | uint64(lo), ok1 && ok2
}

func (r *tzReader) byte() (byte, bool) {
	b := r.read(1)
	if len(b) < 1 {
		return 0, false
	}
	return b[0], true
}

// counts reads the header's six counts, in file order.
func (r *tzReader) counts() (n [6]int, ok bool) {
	for i := range n {
		v, ok := r.big4()
		if !ok || uint32(int(v)) != v {
			return n, false
		}
		n[i] = int(v)
	}
	return n, true
}

// cString returns b up to its first NUL.
func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data (a TZif file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{p: data}
	if string(r.read(4)) != "TZif" {
		return nil, errBadData
	}
	head := r.read(16)
	if len(head) != 16 || (head[0] != 0 && head[0] != '2' && head[0] != '3') {
		return nil, errBadData
	}
	const (
		nUTCLocal = iota
		nStdWall
		nLeap
		nTime
		nZone
		nChar
	)
	n, ok := r.counts()
	if !ok {
		return nil, errBadData
	}
	timeSize := 4
	if head[0] != 0 {
		// Skip the 32-bit block and its second header; use the 64-bit block.
		r.read(n[nTime]*5 + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal] + 4 + 16)
		if n, ok = r.counts(); !ok {
			return nil, errBadData
		}
		timeSize = 8
	}
	txTimes := &tzReader{p: r.read(n[nTime] * timeSize)}
	txZones := r.read(n[nTime])
	zoneData := &tzReader{p: r.read(n[nZone] * 6)}
	abbrev := r.read(n[nChar])
	r.read(n[nLeap] * (timeSize + 4))
	isstd := r.read(n[nStdWall])
	isutc := r.read(n[nUTCLocal])
	if r.failed {
		return nil, errBadData
	}
	var extend string
	if rest := r.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	if n[nZone] == 0 {
		return nil, errBadData
	}
	zones := make([]zone, n[nZone])
	for i := range zones {
		off, ok := zoneData.big4()
		if !ok || uint32(int(off)) != off {
			return nil, errBadData
		}
		dst, ok1 := zoneData.byte()
		ai, ok2 := zoneData.byte()
		if !ok1 || !ok2 || int(ai) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i] = zone{name: cString(abbrev[ai:]), offset: int(int32(off)), isDST: dst != 0}
	}

	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		if timeSize == 4 {
			w, ok := txTimes.big4()
			if !ok {
				return nil, errBadData
			}
			tx[i].when = int64(int32(w))
		} else {
			w, ok := txTimes.big8()
			if !ok {
				return nil, errBadData
			}
			tx[i].when = int64(w)
		}
		if int(txZones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txZones[i]
		tx[i].isstd = i < len(isstd) && isstd[i] != 0
		tx[i].isutc = i < len(isutc) && isutc[i] != 0
	}
	if len(tx) == 0 {
		// No transitions: zone 0 always (and lookup needs one transition).
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}
