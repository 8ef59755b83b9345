// Package bytealg: golite's internal/bytealg, the byte and string searching Go's bytes and
// strings packages build on. Go writes most of it in assembly per target; these are plain
// Go (golite's own strings package has natives of its own for the hot paths).
package bytealg

// MaxLen is the longest pattern Index handles; 0: bytes.Index never calls it and uses
// IndexByte and Rabin-Karp instead (as on Go's targets without an assembly Index).
var MaxLen int

// MaxBruteForce: patterns up to this long are searched by brute force in Index (unused
// with MaxLen 0).
const MaxBruteForce = 0

// PrimeRK is the prime base of the Rabin-Karp rolling hash.
const PrimeRK = 16777619

// Index and IndexString are not available (MaxLen is 0); Cutover neither.
func Index(a, b []byte) int        { panic("unimplemented") }
func IndexString(a, b string) int  { panic("unimplemented") }
func Cutover(n int) int            { panic("unimplemented") }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Count returns how many times c occurs in b.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns how many times c occurs in s.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// Equal reports whether a and b hold the same bytes.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare compares a and b lexicographically: -1, 0 or +1.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

// HashStr returns the Rabin-Karp hash of sep and PrimeRK**len(sep), the factor that
// removes a byte from the hash of a window that long.
func HashStr(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := 0; i < len(sep); i++ {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, powRK(len(sep))
}

// HashStrBytes is HashStr of a byte slice.
func HashStrBytes(sep []byte) (uint32, uint32) { return HashStr(string(sep)) }

// HashStrRev is HashStr of sep read backwards (for LastIndex).
func HashStrRev(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, powRK(len(sep))
}

// HashStrRevBytes is HashStrRev of a byte slice.
func HashStrRevBytes(sep []byte) (uint32, uint32) { return HashStrRev(string(sep)) }

// powRK is PrimeRK**n (mod 2**32), by squaring.
func powRK(n int) uint32 {
	pow, sq := uint32(1), uint32(PrimeRK)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// IndexRabinKarp returns the index of the first substr in s, or -1: windows of s are
// compared with substr only where their rolling hash equals substr's.
func IndexRabinKarp(s, substr string) int {
	hashss, pow := HashStr(substr)
	n := len(substr)
	if n > len(s) {
		return -1
	}
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == hashss && s[:n] == substr {
		return 0
	}
	for i := n; i < len(s); {
		h *= PrimeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i-n])
		i++
		if h == hashss && s[i-n:i] == substr {
			return i - n
		}
	}
	return -1
}

// IndexRabinKarpBytes is IndexRabinKarp over byte slices.
func IndexRabinKarpBytes(s, sep []byte) int { return IndexRabinKarp(string(s), string(sep)) }
