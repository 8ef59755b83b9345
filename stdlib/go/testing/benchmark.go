package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"time"
)

var benchPkg string // -test.pkg: the import path the benchmark header names

// B is a type passed to Benchmark functions to manage benchmark timing and to specify
// the number of iterations to run.
type B struct {
	common
	N          int
	benchFunc  func(b *B)
	timerOn    bool
	startTime  time.Time
	elapsed    time.Duration
	bytes      int64
	showAllocs bool
	startAlloc uint64
	startBytes uint64
	netAllocs  uint64
	netBytes   uint64
	result     BenchmarkResult
	maxLen     int
}

// StartTimer starts timing a test (called automatically before a benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.startAlloc, b.startBytes = ms.Mallocs, ms.TotalAlloc
		b.startTime = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.startTime)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.netAllocs += ms.Mallocs - b.startAlloc
		b.netBytes += ms.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation counters.
func (b *B) ResetTimer() {
	if b.timerOn {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.startAlloc, b.startBytes = ms.Mallocs, ms.TotalAlloc
		b.startTime = time.Now()
	}
	b.elapsed = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() { b.showAllocs = true }

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.startTime)
	}
	return d
}

func (b *B) runN(n int) {
	runtime.GC()
	b.N = n
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
}

// run1 runs the benchmark once (N = 1) in a goroutine of its own: a FailNow, or a
// parent's sub-benchmarks, show there.
func (b *B) run1() bool {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		b.runN(1)
	}()
	<-done
	return !b.failed
}

// launch grows N until the benchmark runs for -test.benchtime (or runs the fixed count).
func (b *B) launch() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		if benchTimesN > 0 {
			if benchTimesN > 1 {
				b.runN(benchTimesN)
			}
			return
		}
		goal := benchTime
		for n := int64(1); !b.failed && b.elapsed < goal && n < 1e9; {
			last := n
			prevIters := int64(b.N)
			prevns := b.elapsed.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			n = goal.Nanoseconds() * prevIters / prevns
			n += n / 5
			if n > 100*last {
				n = 100 * last
			}
			if n < last+1 {
				n = last + 1
			}
			if n > 1e9 {
				n = 1e9
			}
			b.runN(int(n))
		}
	}()
	<-done
	b.result = BenchmarkResult{N: b.N, T: b.elapsed, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes}
}

// Run benchmarks f as a sub-benchmark with the given name.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	full := b.name + "/" + rewrite(name)
	if !matchName(full, benchPat) {
		return true
	}
	sub := &B{common: common{name: full, parent: &b.common, level: b.level + 1, bench: true}, benchFunc: f,
		maxLen: b.maxLen}
	if sub.run1() {
		sub.report()
	}
	return !sub.failed
}

// report measures a leaf benchmark and prints its line; a parent's line is its subs'.
func (b *B) report() {
	if b.hasSub {
		return
	}
	if !b.failed {
		b.launch()
	}
	name := benchName(b.name)
	if b.failed {
		anyFailed = true
		fmt.Printf("--- FAIL: %s\n%s", name, b.output)
		return
	}
	w := b.maxLen
	if len(name) > w {
		w = len(name)
	}
	results := b.result.String()
	if b.showAllocs {
		results += "\t" + b.result.MemString()
	}
	fmt.Printf("%-*s\t%s\n", w, name, results)
	if len(b.output) > 0 {
		fmt.Printf("--- BENCH: %s\n%s", name, b.output)
	}
}

func benchName(name string) string {
	if p := runtime.GOMAXPROCS(-1); p != 1 {
		return fmt.Sprintf("%s-%d", name, p)
	}
	return name
}

func runBenchmarks(benchmarks []InternalBenchmark) {
	var matched []InternalBenchmark
	maxLen := 0
	extLen := len(benchName(""))  // room for a sub-benchmark's -N too, as go pads
	for _, bm := range benchmarks {
		if matchName(bm.Name, benchPat) {
			matched = append(matched, bm)
			if l := len(benchName(bm.Name)) + extLen + 1; l > maxLen {
				maxLen = l
			}
		}
	}
	if len(matched) == 0 {
		return
	}
	fmt.Printf("goos: %s\ngoarch: %s\n", runtime.GOOS, runtime.GOARCH)
	if benchPkg != "" {
		fmt.Printf("pkg: %s\n", benchPkg)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
	for n := 0; n < count; n++ {
		for _, bm := range matched {
			b := &B{common: common{name: bm.Name, bench: true}, benchFunc: bm.F, maxLen: maxLen}
			b.common.parent = &common{}
			if !b.run1() {
				anyFailed = true
				fmt.Printf("--- FAIL: %s\n%s", benchName(b.name), b.output)
				continue
			}
			b.report()
		}
	}
}

// cpuName is the processor's model name, as go test's header prints it.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimLeft(v, " \t")
		}
	}
	return ""
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the "allocs/op" metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns a summary of the benchmark results, as go test prints it.
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns := 0.0
	if r.N > 0 {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(&buf, ns, "ns/op")
	}
	if r.Bytes > 0 && r.T > 0 && r.N > 0 {
		mbs := (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	return buf.String()
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same format as 'go test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

func prettyPrint(b *strings.Builder, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(b, format, x, unit)
}

// Benchmark benchmarks a single function outside go test.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{common: common{name: "", bench: true}, benchFunc: f}
	b.common.parent = &common{}
	if !b.run1() {
		return BenchmarkResult{}
	}
	b.launch()
	return b.result
}

// AllocsPerRun returns the average number of allocations during calls to f.
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&ms)
	return float64((ms.Mallocs - before) / uint64(runs))
}
