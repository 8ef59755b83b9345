// Package debug: the collector's knobs and stack traces (Go 1.19 API subset). Bodyless
// functions are native.
package debug

import "time"

// SetGCPercent sets the collection target percentage (GOGC); a negative value turns the
// collector off. It returns the previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection, then returns as much memory to the operating system
// as possible.
func FreeOSMemory()

// SetMemoryLimit sets a soft limit on the heap (GOMEMLIMIT): the collector runs as often
// as needed to stay under it. A negative input only reports. It returns the previous
// limit (math.MaxInt64 when there is none).
func SetMemoryLimit(limit int64) int64

// GCStats as Go's.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

func readGCStats(pauses *[256]uint64, ends *[256]uint64) (numGC int64, pauseTotal int64, lastGC int64)

// ReadGCStats reads statistics about garbage collection into stats: the most recent
// pauses first, as Go does.
func ReadGCStats(stats *GCStats) {
	var pauses, ends [256]uint64
	n, total, last := readGCStats(&pauses, &ends)
	stats.NumGC = n
	stats.PauseTotal = time.Duration(total)
	if last != 0 {
		stats.LastGC = time.Unix(0, last)
	} else {
		stats.LastGC = time.Time{}
	}
	k := int(n)
	if k > len(pauses) {
		k = len(pauses)
	}
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := 0; i < k; i++ {
		j := (int(n) - 1 - i) % len(pauses)
		stats.Pause = append(stats.Pause, time.Duration(pauses[j]))
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ends[j])))
	}
}

// Stack returns a formatted stack trace of the goroutine that calls it, as
// runtime.Stack(buf, false) writes it: "goroutine N [running]:" and then a function
// and its file:line for each frame, innermost first.
func Stack() []byte { return stack() }

func stack() []byte

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() { writeStderr(Stack()) }

func writeStderr(b []byte)
