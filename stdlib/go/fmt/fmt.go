// Package fmt: declarations for golite (Go 1.19 API subset). Bodyless functions are native.
package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

// pstate is the State a Formatter's Format method is given: a handle on the native printer
// (its address; valid during the Format call). Its methods are natives (stdlib/fmt.cpp).
type pstate struct{ p uintptr }

func (s *pstate) Write(b []byte) (n int, err error)
func (s *pstate) WriteString(str string) (n int, err error)
func (s *pstate) Width() (wid int, ok bool)
func (s *pstate) Precision() (prec int, ok bool)
func (s *pstate) Flag(c int) bool

// registerState tells the natives the itab of (State, *pstate).
func registerState(s State)

func init() {
	registerState(&pstate{})
	registerScan(scanHook)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Errorf formats like Sprintf. A %w verb with an error operand makes the result wrap
// that error (Unwrap returns it); otherwise the result is an errors.New error.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// errorf is Sprintf accepting %w: w is the index of the operand it wrapped, or -1.
func errorf(format string, a []any) (s string, w int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// Append, Appendf and Appendln format as Sprint, Sprintf and Sprintln and append the
// result to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// --- scanning (stdlib/fmt_scan.cpp) ------------------------------------------------------
//
// The natives report how a scan ended as e: 0 nil, 1 io.EOF, 2 io.ErrUnexpectedEOF,
// 3 an error with text msg, 4 the reader's own error, 5 the error err (from a Scanner).

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return scanStdin(0, "", a) }

// Scanln is like Scan, but stops scanning at a newline; after the final item there must
// be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return scanStdin(1, "", a) }

// Scanf scans text read from standard input as directed by the format.
func Scanf(format string, a ...any) (n int, err error) { return scanStdin(2, format, a) }

// scanStdin scans standard input (descriptor 0). fmt does not import os, whose io/fs
// types would cost every program that prints its start-up: Scan reads the descriptor
// os.Stdin holds, and fscan knows an *os.File by its type (fileFd).
func scanStdin(mode int, format string, a []any) (int, error) {
	n, e, msg, err := scanFd(0, mode, format, a)
	return n, scanResult(e, msg, err, nil)
}

// fileFd: r's descriptor when r is a non-nil, open *os.File.
func fileFd(r io.Reader) (fd int, ok bool)

func Sscan(str string, a ...any) (n int, err error) {
	n, e, msg, err := sscan(str, 0, "", a)
	return n, scanResult(e, msg, err, nil)
}

func Sscanln(str string, a ...any) (n int, err error) {
	n, e, msg, err := sscan(str, 1, "", a)
	return n, scanResult(e, msg, err, nil)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, e, msg, err := sscan(str, 2, format, a)
	return n, scanResult(e, msg, err, nil)
}

func Fscan(r io.Reader, a ...any) (n int, err error) { return fscan(r, 0, "", a) }

func Fscanln(r io.Reader, a ...any) (n int, err error) { return fscan(r, 1, "", a) }

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return fscan(r, 2, format, a)
}

func fscan(r io.Reader, mode int, format string, a []any) (int, error) {
	if fd, ok := fileFd(r); ok {
		n, e, msg, err := scanFd(fd, mode, format, a)
		return n, scanResult(e, msg, err, nil)
	}
	if s, ok := r.(*sstate); ok {
		// A Scan method scanning its own ScanState: the same scanner goes on, as Go's
		// newScanState reuses an *ss.
		n, e, msg, err := scanNested(s.handle(), mode, format, a)
		return n, scanResult(e, msg, err, nil)
	}
	src := &runeSource{}
	if rs, ok := r.(io.RuneScanner); ok {
		src.rs = rs
	} else {
		src.rs = &readRune{reader: r, peekRune: -1}
	}
	n, e, msg, err := scanFunc(src.next, src.unread, mode, format, a)
	return n, scanResult(e, msg, err, src.err)
}

// scanResult is the error a scan ended with: e as the natives report it, err the error a
// Scanner operand's Scan method returned or panicked with (e == 5).
func scanResult(e int, msg string, err error, readErr error) error {
	switch e {
	case 0:
		return nil
	case 1:
		return io.EOF
	case 2:
		return io.ErrUnexpectedEOF
	case 4:
		return readErr
	case 5:
		return err
	}
	return errors.New(msg)
}

func sscan(str string, mode int, format string, a []any) (n int, e int, msg string, err error)
func scanFd(fd int, mode int, format string, a []any) (n int, e int, msg string, err error)
func scanFunc(next func() rune, unread func(), mode int, format string, a []any) (n int, e int, msg string, err error)
func scanNested(h uintptr, mode int, format string, a []any) (n int, e int, msg string, err error)

// --- Scanner operands ---------------------------------------------------------------------

// ScanState represents the scanner state passed to custom scanners. Scanners may do
// rune-at-a-time scanning or ask the ScanState to discover the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune from the input. During Scanln, Fscanln or Sscanln it
	// returns EOF after the first '\n' or when reading beyond the specified width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input, treating newlines as the operation does.
	SkipSpace()
	// Token skips space if skipSpace is true, then returns the run of runes satisfying
	// f (if f is nil, non-space runes).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read always fails: scanners read with ReadRune.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for
// the representation of a value and stores the result in the receiver. The Scan method
// is called for any operand of Scan, Scanf or Scanln that implements it.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// sstate is the ScanState a Scanner's Scan method is given: a handle on the native scanner
// (its address, valid during the Scan call; zero after). Its natives are in
// stdlib/fmt_scan.cpp.
type sstate struct{ h uintptr }

// scanError is what a failing ScanState method panics with, as Go's does; the scan
// recovers it and returns err.
type scanError struct{ err error }

const eof = -1

func (s *sstate) handle() uintptr {
	if s.h == 0 {
		panic("fmt: ScanState used after its Scan method returned")
	}
	return s.h
}

func ssReadRune(h uintptr) (r rune, size int, e int, msg string)
func ssUnreadRune(h uintptr)
func ssSkipSpace(h uintptr) (msg string, failed bool)
func ssWidth(h uintptr) (wid int, ok bool)

func (s *sstate) ReadRune() (r rune, size int, err error) {
	r, size, e, msg := ssReadRune(s.handle())
	switch e {
	case 1:
		return 0, 0, io.EOF
	case 2:
		return 0, 0, errors.New(msg)
	}
	return
}

func (s *sstate) UnreadRune() error {
	ssUnreadRune(s.handle())
	return nil
}

func (s *sstate) SkipSpace() {
	if msg, failed := ssSkipSpace(s.handle()); failed {
		panic(scanError{errors.New(msg)})
	}
}

func (s *sstate) Width() (wid int, ok bool) { return ssWidth(s.handle()) }

func (s *sstate) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// getRune is ReadRune with io.EOF as eof and other errors panicking.
func (s *sstate) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		panic(scanError{err})
	}
	return r
}

func notSpace(r rune) bool { return !isSpace(r) }

// isSpace is the scanner's notion of space: Unicode white space in the BMP.
func isSpace(r rune) bool {
	if r >= 1<<16 {
		return false
	}
	switch {
	case r >= 0x09 && r <= 0x0d, r == 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f,
		r == 0x3000:
		return true
	}
	return false
}

func (s *sstate) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		tok = utf8.AppendRune(tok, r)
	}
	return
}

// callScan runs a Scanner operand's Scan method for the native scanner, whose address is
// h. A non-nil result ends the scan with that error: what Scan returned (io.EOF becoming
// io.ErrUnexpectedEOF), or what a ScanState method panicked with, or io.EOF if Scan
// panicked with it. Other panics go on.
func callScan(arg any, h uintptr, verb rune) (err error) {
	s := &sstate{h}
	defer func() {
		s.h = 0
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else if eof, ok := e.(error); ok && eof == io.EOF {
				err = eof
			} else {
				panic(e)
			}
		}
	}()
	err = arg.(Scanner).Scan(s, verb)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return
}

// scanHook keeps callScan's func value alive for the natives, which call it.
var scanHook = callScan

// registerScan tells the natives the function that calls Scan methods.
func registerScan(f func(arg any, h uintptr, verb rune) error)

// runeSource hands the runes of an io.RuneScanner to the native scanner: next returns -1
// at EOF and -2 after another error (kept in err).
type runeSource struct {
	rs  io.RuneScanner
	err error
}

func (s *runeSource) next() rune {
	r, _, err := s.rs.ReadRune()
	if err != nil {
		if err == io.EOF {
			return -1
		}
		s.err = err
		return -2
	}
	return r
}

func (s *runeSource) unread() { s.rs.UnreadRune() }

// readRune is a RuneScanner over an io.Reader that reads a byte at a time, so that the
// scan consumes no more input than it needs (one rune of lookahead).
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte
	pending  int
	pendBuf  [utf8.UTFMax]byte
	peekRune rune // if >= 0 the next rune; when < 0 it is ^(previous rune)
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[0:], r.pendBuf[1:])
		r.pending--
		return
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		size = utf8.RuneLen(rr)
		return
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		size = 1
		r.peekRune = ^rr
		return
	}
	var n int
	for n = 1; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n { // an error: save the bytes for the next read
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}
