package testing

// The patterns of -test.run and -test.bench are regular expressions (RE2 syntax) matched
// anywhere in a name element. golite's testing carries a small backtracking matcher for
// them instead of package regexp: literals, `.`, classes (`[a-z]`, `[^0-9]`, `\d`, `\w`,
// `\s`), groups, `|`, `*`, `+`, `?`, `{n,m}`, `^` and `$`, which is what test patterns use.

type reNode struct {
	kind     int // reLit, reAny, reClass, reCat, reAlt, reRepeat, reBegin, reEnd
	r        rune
	ranges   []rune // class: pairs lo, hi
	negate   bool
	subs     []*reNode
	min, max int // repeat: max -1 = unbounded
}

const (
	reLit = iota
	reAny
	reClass
	reCat
	reAlt
	reRepeat
	reBegin
	reEnd
)

type reParser struct {
	src []rune
	pos int
	bad bool
}

func (p *reParser) more() bool { return p.pos < len(p.src) }
func (p *reParser) peek() rune  { return p.src[p.pos] }

func (p *reParser) alt() *reNode {
	n := &reNode{kind: reAlt}
	n.subs = append(n.subs, p.cat())
	for p.more() && p.peek() == '|' {
		p.pos++
		n.subs = append(n.subs, p.cat())
	}
	if len(n.subs) == 1 {
		return n.subs[0]
	}
	return n
}

func (p *reParser) cat() *reNode {
	n := &reNode{kind: reCat}
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		a := p.atom()
		for p.more() {
			c := p.peek()
			if c == '*' || c == '+' || c == '?' {
				p.pos++
				r := &reNode{kind: reRepeat, subs: []*reNode{a}}
				switch c {
				case '*':
					r.min, r.max = 0, -1
				case '+':
					r.min, r.max = 1, -1
				default:
					r.min, r.max = 0, 1
				}
				if p.more() && p.peek() == '?' { // lazy: same set of matches here
					p.pos++
				}
				a = r
				continue
			}
			if c == '{' {
				if mn, mx, ok := p.braces(); ok {
					a = &reNode{kind: reRepeat, subs: []*reNode{a}, min: mn, max: mx}
					continue
				}
			}
			break
		}
		n.subs = append(n.subs, a)
	}
	return n
}

// braces reads {n}, {n,} or {n,m}.
func (p *reParser) braces() (int, int, bool) {
	save := p.pos
	p.pos++
	num := func() (int, bool) {
		v, ok := 0, false
		for p.more() && p.peek() >= '0' && p.peek() <= '9' {
			v = v*10 + int(p.peek()-'0')
			p.pos++
			ok = true
		}
		return v, ok
	}
	mn, ok := num()
	if !ok {
		p.pos = save
		return 0, 0, false
	}
	mx := mn
	if p.more() && p.peek() == ',' {
		p.pos++
		if v, ok := num(); ok {
			mx = v
		} else {
			mx = -1
		}
	}
	if !p.more() || p.peek() != '}' {
		p.pos = save
		return 0, 0, false
	}
	p.pos++
	return mn, mx, true
}

func (p *reParser) atom() *reNode {
	c := p.peek()
	p.pos++
	switch c {
	case '.':
		return &reNode{kind: reAny}
	case '^':
		return &reNode{kind: reBegin}
	case '$':
		return &reNode{kind: reEnd}
	case '(':
		if p.pos+1 < len(p.src) && p.src[p.pos] == '?' && p.src[p.pos+1] == ':' {
			p.pos += 2
		}
		n := p.alt()
		if p.more() && p.peek() == ')' {
			p.pos++
		} else {
			p.bad = true
		}
		return n
	case '[':
		return p.class()
	case '\\':
		if !p.more() {
			p.bad = true
			return &reNode{kind: reLit, r: '\\'}
		}
		e := p.peek()
		p.pos++
		if n := escapeClass(e); n != nil {
			return n
		}
		return &reNode{kind: reLit, r: e}
	}
	return &reNode{kind: reLit, r: c}
}

func escapeClass(e rune) *reNode {
	switch e {
	case 'd':
		return &reNode{kind: reClass, ranges: []rune{'0', '9'}}
	case 'D':
		return &reNode{kind: reClass, ranges: []rune{'0', '9'}, negate: true}
	case 'w':
		return &reNode{kind: reClass, ranges: []rune{'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}}
	case 'W':
		return &reNode{kind: reClass, ranges: []rune{'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}, negate: true}
	case 's':
		return &reNode{kind: reClass, ranges: []rune{'\t', '\n', '\f', '\r', ' ', ' '}}
	case 'S':
		return &reNode{kind: reClass, ranges: []rune{'\t', '\n', '\f', '\r', ' ', ' '}, negate: true}
	}
	return nil
}

func (p *reParser) class() *reNode {
	n := &reNode{kind: reClass}
	if p.more() && p.peek() == '^' {
		n.negate = true
		p.pos++
	}
	first := true
	for p.more() && (p.peek() != ']' || first) {
		first = false
		lo := p.peek()
		p.pos++
		if lo == '\\' && p.more() {
			e := p.peek()
			p.pos++
			if c := escapeClass(e); c != nil && !c.negate {
				n.ranges = append(n.ranges, c.ranges...)
				continue
			}
			lo = e
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
			hi = p.src[p.pos+1]
			p.pos += 2
		}
		n.ranges = append(n.ranges, lo, hi)
	}
	if p.more() {
		p.pos++
	} else {
		p.bad = true
	}
	return n
}

func (n *reNode) matchRune(r rune) bool {
	switch n.kind {
	case reLit:
		return r == n.r
	case reAny:
		return r != '\n'
	case reClass:
		in := false
		for i := 0; i+1 < len(n.ranges); i += 2 {
			if r >= n.ranges[i] && r <= n.ranges[i+1] {
				in = true
				break
			}
		}
		return in != n.negate
	}
	return false
}

// match tries n at s[i:], calling k with each end position until k accepts.
func (n *reNode) match(s []rune, i int, k func(int) bool) bool {
	switch n.kind {
	case reLit, reAny, reClass:
		return i < len(s) && n.matchRune(s[i]) && k(i+1)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reCat:
		var step func(j, at int) bool
		step = func(j, at int) bool {
			if j == len(n.subs) {
				return k(at)
			}
			return n.subs[j].match(s, at, func(e int) bool { return step(j+1, e) })
		}
		return step(0, i)
	case reAlt:
		for _, sub := range n.subs {
			if sub.match(s, i, k) {
				return true
			}
		}
		return false
	case reRepeat:
		var rep func(count, at int) bool
		rep = func(count, at int) bool {
			if n.max < 0 || count < n.max {
				if n.subs[0].match(s, at, func(e int) bool { return e != at && rep(count+1, e) }) {
					return true
				}
			}
			return count >= n.min && k(at)
		}
		return rep(0, i)
	}
	return false
}

// matchRegexp reports whether the pattern matches anywhere in s (an invalid pattern
// matches only itself, literally).
func matchRegexp(pattern, s string) bool {
	p := &reParser{src: []rune(pattern)}
	re := p.alt()
	if p.bad || p.more() {
		return pattern == s
	}
	rs := []rune(s)
	for i := 0; i <= len(rs); i++ {
		if re.match(rs, i, func(int) bool { return true }) {
			return true
		}
	}
	return false
}
