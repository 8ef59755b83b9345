package time

import "errors"

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

func sleep(ns int64)

// The monotonic and wall clocks (runtime::nanotime, runtime::walltime).
func runtimeNano() int64
func now() (sec int64, nsec int32, mono int64)

// startNano is the runtime's clock when package time started; natives share it
// (timers send Now() values computed in C++).
func startNanoNative() int64

// setLocal tells the natives the address of localLoc (for the Times timers send).
func setLocal(l *Location)

func init() {
	setLocal(Local)
}

// runtimeTimer holds a runtime timer (runtime::Timer in stdlib/time.cpp: a C++ struct
// living in rt) and what it does when it fires: send the time on c without blocking
// (sendTime) or start fn in its own goroutine (AfterFunc).
type runtimeTimer struct {
	c    chan Time
	fn   func()
	init bool
	rt   [7]uint64
}

// startTimer adds t to the runtime's timers; stopTimer removes it and reports whether it
// was pending; resetTimer (re)adds it with the new when and period and reports whether it
// was pending.
func startTimer(t *runtimeTimer, when, period int64)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when, period int64) bool

// when is a helper function for setting the 'when' field of a runtimeTimer. It returns
// what the time will be, in nanoseconds, Duration d in the future. If d is negative, it
// is ignored. If the returned value would be less than zero because of an overflow,
// MaxInt64 is returned.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if !t.r.init {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.c = c
	t.r.init = true
	startTimer(&t.r, when(d), 0)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if !t.r.init {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.fn = f
	t.r.init = true
	startTimer(&t.r, when(d), 0)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by the duration
// argument. The duration d must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.c = c
	t.r.init = true
	startTimer(&t.r, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r.init {
		stopTimer(&t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.r.init {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
