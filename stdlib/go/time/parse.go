package time

// Parsing a time from its text form: Parse, ParseInLocation and ParseError, with the
// behaviour and error texts of Go 1.19's time.Parse (format.go).
//
// The parser walks the layout with nextStdChunk, as Format does. Each chunk's literal
// prefix must match the value (a run of spaces matches any run of spaces), then the std
// element consumes its part of the value. The fields found are combined at the end:
// AM/PM adjusts the hour, a day of the year gives the month and day, the day is checked
// against its month, and the zone decides the Location (an explicit UTC or Z, a numeric
// offset, a zone abbreviation, or the default location).
//
// Error values follow Go's exactly, including which part of the value a ParseError
// reports: the value that remains after the failing element has taken what it took.

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
		": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// Parse parses a formatted string and returns the time value it represents. See the
// constant Layout for how to write the layout. Without a zone in the value the time is
// in UTC; a zone offset or abbreviation known to Local gives a time in Local.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc,
// and matches zone offsets and abbreviations against loc instead of Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// getnum parses one or two leading digits of s (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if isDigit(s, 1) {
		return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
	}
	if fixed {
		return 0, s, errBad
	}
	return int(s[0] - '0'), s[1:], nil
}

// getnum3 parses one to three leading digits of s (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && isDigit(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || (fixed && i != 3) {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return s[i:]
}

// skip removes the literal text prefix from value; a run of spaces in prefix matches a
// run of spaces (possibly empty at the end of value) in value.
func skip(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			prefix, value = cutspace(prefix), cutspace(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds reads value[:nbytes], a separator and digits, as a fraction of a
// second (digits past the ninth are dropped).
func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		nbytes = 10
	}
	ns, err = atoi(value[1:nbytes])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := nbytes; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone reports the length of the zone abbreviation at the start of value: three
// upper-case letters, four or five ending in T (or WITA), ChST and MeST, GMT with an
// optional signed hour, or a bare signed hour (+03).
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a leading signed hour offset in -23..+23
// ("+03", "-4"), or 0 if there is none.
func parseSignedOffset(value string) int {
	if value == "" || (value[0] != '-' && value[0] != '+') {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || len(rem) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

// parseZoneOffset reads a numeric zone offset in the shape std asks for (-0700, -07:00,
// -07, -070000, -07:00:00 and their Z forms) and returns it in seconds east of UTC.
func parseZoneOffset(std int, value string) (offset int, rest string, err error) {
	var hh, mm, ss string
	sign := ""
	switch std {
	case stdISO8601ColonTZ, stdNumColonTZ: // -07:00
		if len(value) < 6 || value[3] != ':' {
			return 0, value, errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], "00", value[6:]
	case stdISO8601ShortTZ, stdNumShortTZ: // -07
		if len(value) < 3 {
			return 0, value, errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], "00", "00", value[3:]
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ: // -07:00:00
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case stdISO8601SecondsTZ, stdNumSecondsTz: // -070000
		if len(value) < 7 {
			return 0, value, errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default: // -0700
		if len(value) < 5 {
			return 0, value, errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, err := atoi(hh)
	m, s := 0, 0
	if err == nil {
		m, err = atoi(mm)
	}
	if err == nil {
		s, err = atoi(ss)
	}
	offset = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		err = errBad
	}
	return offset, rest, err
}

// parse is Parse and ParseInLocation: a time without zone is in defaultLocation, zone
// offsets and names are looked up in local.
func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	fail := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{alayout, avalue, layoutElem, valueElem, message}
	}

	var (
		year, hour, min, sec, nsec int
		month, day, yday           = -1, -1, -1
		amSet, pmSet               bool
		z                          *Location // set by UTC or Z
		zoneOffset                 = -1
		zoneName                   string
		rangeErrString             string // set when a field is out of range
	)

	for {
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return fail(prefix, value, "")
		}
		if std == 0 {
			if value != "" {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = suffix

		switch std & stdMask {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			if year, err = atoi(value[:2]); err != nil {
				break // value stays as it was
			}
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case stdMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month < 1 || month > 12) {
				rangeErrString = "month"
			}
		case stdWeekDay: // checked for syntax, otherwise ignored
			_, value, err = lookup(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one or two digits; the date is validated once it is complete.
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			if std == stdUnderYearDay {
				for i := 0; i < 2 && value != "" && value[0] == ' '; i++ {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErrString = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErrString = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || min >= 60 {
				rangeErrString = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if sec < 0 || sec >= 60 {
				rangeErrString = "second"
				break
			}
			// A fractional second in the value that the layout does not ask for is
			// taken here, all its digits.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextStdChunk(layout)
				if next&stdMask == stdFracSecond0 || next&stdMask == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigit(value, n) {
					n++
				}
				nsec, rangeErrString, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if std&stdMask == stdpm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && value != "" && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, err = parseZoneOffset(std, value)
		case stdTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			// Exactly as many digits as the layout has.
			n := 1 + digitsLen(std)
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErrString, err = parseNanoseconds(value, n)
			value = value[n:]
		case stdFracSecond9:
			// Optional; any number of digits up to nine.
			if len(value) < 2 || !commaOrPeriod(value[0]) || !isDigit(value, 1) {
				break
			}
			n := 1
			for n < 10 && isDigit(value, n) {
				n++
			}
			nsec, rangeErrString, err = parseNanoseconds(value, n)
			value = value[n:]
		}
		if rangeErrString != "" {
			return fail(stdstr, value, ": "+rangeErrString+" out of range")
		}
		if err != nil {
			return fail(stdstr, value, "")
		}
	}

	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year gives month and day; those given too must agree.
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return fail("", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if int(daysBefore[m]) < yday {
				m++
			}
			d = yday - int(daysBefore[m-1])
		}
		if month >= 0 && month != m {
			return fail("", value, ": day-of-year does not match month")
		}
		if day >= 0 && day != d {
			return fail("", value, ": day-of-year does not match day")
		}
		month, day = m, d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", value, ": day out of range")
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// The local zone in effect then, if it has this offset (and name); otherwise a
		// zone made up to record the offset.
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(zoneName, zoneOffset))
		}
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if offset, ok := local.lookupName(zoneName, t.unixSec()); ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown abbreviation: a made-up zone with offset 0, or GMT's hours.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}
