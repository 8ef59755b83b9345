// Package testing provides support for automated testing of Go packages, run by
// `golite test` as `go test` runs them: Test, Benchmark and Example functions, subtests,
// logs, skips, cleanups, and go test's output to the byte (times aside).
//
// golite's own: `golite test` writes the main function that calls MainStart with the
// package's tests; flags arrive as go test passes them to a test binary (-test.v,
// -test.run=..., -test.bench=..., -test.count=..., -test.benchtime=..., -test.short,
// -test.failfast). Tests run one at a time: Parallel marks a test but does not overlap it
// with others.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// InternalTest, InternalBenchmark and InternalExample describe the package's tests for
// the generated main.
type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var (
	chatty      bool // -test.v
	runPattern  string
	benchPat    string
	benchSet    bool
	count       = 1
	benchTime   = time.Second
	benchTimesN = 0 // -test.benchtime=Nx
	short       bool
	failFast    bool
	anyFailed   bool
)

// common holds what T and B share.
type common struct {
	mu       sync.Mutex
	output   []byte // the log, indented, for the report (not printed when chatty)
	name     string
	parent   *common
	level    int
	failed   bool
	skipped  bool
	finished bool
	bench    bool
	helpers  map[uintptr]bool // functions that called Helper
	cleanups []func()
	start    time.Time
	duration time.Duration
	tempDirs int
	hasSub   bool
	sub      []*T
	barrier  chan bool
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.finished {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by calling
// runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Helper marks the calling function as a test helper function: when printing file and
// line information, that function is skipped.
func (c *common) Helper() {
	fn := callerFunc(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = map[uintptr]bool{}
	}
	c.helpers[fn] = true
}

// callerFunc identifies the function running skip frames above its caller (a native:
// golite's program counters do not name functions).
func callerFunc(skip int) uintptr

// callerSite is the file:line a log call reports: the frame skip above callerSite (as
// runtime.Caller counts from it), or the first above that is no helper (of this test or
// its parents).
func (c *common) callerSite(skip int) (string, int) {
	file, line := "???", 1
	for i := 0; i < 50; i++ {
		_, f, l, ok := runtime.Caller(skip + i)
		if !ok {
			break
		}
		file, line = f, l
		if !c.isHelper(callerFunc(skip + i)) {
			break
		}
	}
	if k := strings.LastIndex(file, "/"); k >= 0 {
		file = file[k+1:]
	}
	return file, line
}

func (c *common) isHelper(fn uintptr) bool {
	for p := c; p != nil; p = p.parent {
		p.mu.Lock()
		h := p.helpers[fn]
		p.mu.Unlock()
		if h {
			return true
		}
	}
	return false
}

// decorate prefixes a log line with its file:line, indenting continuation lines as go
// test does.
func (c *common) decorate(s string, skip int) string {
	file, line := c.callerSite(skip + 1)
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, ln := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(ln)
	}
	b.WriteByte('\n')
	return b.String()
}

func (c *common) logDepth(s string, depth int) {
	d := c.decorate(s, depth+1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.finished && !c.bench {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if chatty {
		fmt.Print(d)
		return
	}
	c.output = append(c.output, d...)
}

// Log formats its arguments using default formatting, analogous to Println, and records
// the text in the error log.
func (c *common) Log(args ...any) { c.logDepth(fmt.Sprintln(args...), 2) }

// Logf formats its arguments according to the format, analogous to Printf.
func (c *common) Logf(format string, args ...any) { c.logDepth(fmt.Sprintf(format, args...), 2) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.logDepth(fmt.Sprintln(args...), 2)
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2)
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Cleanup registers a function to be called when the test (or subtest) and all its
// subtests complete, last added first called.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanups() {
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		f()
	}
}

// TempDir returns a temporary directory for the test to use, removed when the test and
// its subtests complete.
func (c *common) TempDir() string {
	c.mu.Lock()
	c.tempDirs++
	n := c.tempDirs
	c.mu.Unlock()
	name := strings.NewReplacer("/", "_", " ", "_", ":", "_").Replace(c.name)
	dir, err := os.MkdirTemp("", name)
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	dir = dir + "/" + fmt.Sprintf("%03d", n)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	c.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// Setenv calls os.Setenv(key, value) and restores the old value after the test.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// T is a type passed to Test functions to manage test state and support formatted test
// logs.
type T struct {
	common
	context *T
}

// Parallel signals that this test may run in parallel with others; golite runs tests one
// at a time.
func (t *T) Parallel() {}

// Short reports whether the -test.short flag is set.
func Short() bool { return short }

// Verbose reports whether the -test.v flag is set.
func Verbose() bool { return chatty }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

func fmtDuration(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

// report prints (or hands to the parent's output) the test's result line and log.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	status := ""
	switch {
	case t.failed:
		status = "FAIL"
	case chatty && t.skipped:
		status = "SKIP"
	case chatty:
		status = "PASS"
	default:
		return
	}
	line := fmt.Sprintf("--- %s: %s (%s)\n", status, t.name, fmtDuration(t.duration))
	out := line + string(t.output)
	t.output = nil
	if t.parent.parent == nil {
		fmt.Print(out)
		return
	}
	// a subtest's report joins its parent's output, indented one level
	p := t.parent
	p.mu.Lock()
	for _, l := range strings.SplitAfter(out, "\n") {
		if l == "" {
			continue
		}
		p.output = append(p.output, "    "...)
		p.output = append(p.output, l...)
	}
	p.mu.Unlock()
}

// Run runs f as a subtest of t called name, and reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	full := t.name + "/" + rewrite(name)
	full = uniqueName(&t.common, full)
	if !matchName(full, runPattern) {
		return true
	}
	sub := &T{common: common{name: full, parent: &t.common, level: t.level + 1}, context: t}
	runTest(sub, f)
	return !sub.failed
}

var seenNames = map[string]int{}

// uniqueName gives a repeated subtest name go's #01, #02 suffixes.
func uniqueName(c *common, name string) string {
	n := seenNames[name]
	seenNames[name] = n + 1
	if n == 0 {
		return name
	}
	return fmt.Sprintf("%s#%02d", name, n)
}

// rewrite: spaces become underscores and unprintable runes are quoted, as go test names.
func rewrite(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n':
			b.WriteByte('_')
		case r < 0x20 || r == 0x7f:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// runTest runs f in a goroutine of its own (so FailNow and SkipNow end only it), then
// reports.
func runTest(t *T, f func(*T)) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", t.name)
	}
	done := make(chan bool)
	t.start = time.Now()
	go func() {
		finished := false
		defer func() {
			if !finished {
				if r := recover(); r != nil {
					// go test reports the test and its parents failed, then panics again:
					// the program dies with "panic: ... [recovered]" and a traceback
					t.runCleanups()
					for c := t; c.parent != nil; {
						c.failed = true
						c.duration = time.Since(c.start)
						c.report()
						p := c.context
						if p == nil {
							break
						}
						c = p
					}
					panic(r)
				}
			}
			t.duration = time.Since(t.start)
			t.runCleanups()
			done <- true
		}()
		f(t)
		finished = true
	}()
	<-done
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
	t.report()
	if t.failed {
		anyFailed = true
	}
}

// RunTestMain is how the main golite test writes calls the package's TestMain (go's
// calls it itself); when TestMain returns, the process exits with m.Run's status, as
// go test's does.
func RunTestMain(m *M, testMain func(*M)) {
	testMain(m)
	os.Exit(m.exitCode)
}

// M is a type passed to a TestMain function to run the actual tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
	ran        bool
}

// MainStart is called by the main function golite test writes; it reads the test flags.
func MainStart(tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	parseFlags(os.Args[1:])
	return &M{tests: tests, benchmarks: benchmarks, examples: examples}
}

func parseFlags(args []string) {
	for _, a := range args {
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch name {
		case "test.v":
			chatty = !hasVal || val == "true"
		case "test.run":
			runPattern = val
		case "test.bench":
			benchPat, benchSet = val, true
		case "test.count":
			if n, err := strconv.Atoi(val); err == nil && n > 0 {
				count = n
			}
		case "test.benchtime":
			if strings.HasSuffix(val, "x") {
				if n, err := strconv.Atoi(strings.TrimSuffix(val, "x")); err == nil && n > 0 {
					benchTimesN = n
				}
			} else if d, err := time.ParseDuration(val); err == nil {
				benchTime = d
			}
		case "test.short":
			short = !hasVal || val == "true"
		case "test.failfast":
			failFast = !hasVal || val == "true"
		case "test.pkg":
			benchPkg = val
		}
	}
}

// Run runs the tests, examples and benchmarks; it returns an exit code to pass to
// os.Exit.
func (m *M) Run() (code int) {
	m.ran = true
	root := &T{}
	for n := 0; n < count; n++ {
		seenNames = map[string]int{}
		for _, test := range m.tests {
			if failFast && anyFailed {
				break
			}
			if !matchName(test.Name, runPattern) {
				continue
			}
			t := &T{common: common{name: uniqueName(&root.common, test.Name), parent: &root.common}}
			runTest(t, test.F)
		}
		for _, ex := range m.examples {
			if failFast && anyFailed {
				break
			}
			if !matchName(ex.Name, runPattern) {
				continue
			}
			runExample(ex)
		}
	}
	if benchSet && !anyFailed {
		runBenchmarks(m.benchmarks)
	}
	if anyFailed {
		fmt.Println("FAIL")
		m.exitCode = 1
		return 1
	}
	if len(m.tests) == 0 && len(m.examples) == 0 && !benchSet {
		fmt.Println("testing: warning: no tests to run")
	}
	fmt.Println("PASS")
	return 0
}

// captureStdout starts capturing the program's standard output (on), or stops and
// returns what was written (a native).
func captureStdout(on bool) string

func runExample(ex InternalExample) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", ex.Name)
	}
	start := time.Now()
	captureStdout(true)
	var panicked any
	didPanic := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				panicked, didPanic = r, true
			}
		}()
		ex.F()
	}()
	out := captureStdout(false)
	dur := time.Since(start)
	got := strings.TrimSpace(out)
	want := strings.TrimSpace(ex.Output)
	if ex.Unordered {
		got, want = sortLines(got), sortLines(want)
	}
	failed := got != want || didPanic
	if failed {
		anyFailed = true
		fmt.Printf("--- FAIL: %s (%s)\n", ex.Name, fmtDuration(dur))
		if got != want && !didPanic {
			fmt.Printf("got:\n%s\nwant:\n%s\n", got, want)
		}
	} else if chatty {
		fmt.Printf("--- PASS: %s (%s)\n", ex.Name, fmtDuration(dur))
	}
	if didPanic {
		fmt.Printf("panic: %v [recovered]\n\tpanic: %v\n", panicked, panicked)
		os.Exit(2)
	}
}

func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// matchName reports whether a test name matches the -run (or -bench) pattern: each
// slash-separated element of the pattern matches the name's element at the same level.
func matchName(name, pattern string) bool {
	if pattern == "" {
		return true
	}
	pats := splitPattern(pattern)
	elems := strings.Split(name, "/")
	for i, p := range pats {
		if i >= len(elems) {
			return true
		}
		if !matchRegexp(p, elems[i]) {
			return false
		}
	}
	return true
}

// splitPattern splits a pattern at the slashes outside brackets and parentheses.
func splitPattern(p string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '/':
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	return append(out, p[start:])
}
