// Package runtime: declarations for golite (Go 1.19 API subset). Bodyless functions are native.
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

type Error interface {
	error
	RuntimeError()
}

// MemStats as Go's, without BySize. ReadMemStats fills what golite measures: the heap
// and collector figures; the runtime-metadata ones (StackInuse ... OtherSys) stay zero.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
}

func GC()
func Gosched()
func Goexit()
func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Stack formats the calling goroutine's stack trace into buf and returns the number of
// bytes written. With all set, the other goroutines' traces follow it (the world is
// stopped meanwhile).
func Stack(buf []byte, all bool) int
func KeepAlive(x any)
func ReadMemStats(m *MemStats)
func Version() string
func LockOSThread()
func UnlockOSThread()
// SetFinalizer sets the finalizer associated with obj (Go's rules: obj must point to the
// start of a heap object; the finalizer runs once, on the finalizer goroutine, after obj
// becomes unreachable; a nil finalizer clears it).
func SetFinalizer(obj any, finalizer any) {
	if setFinalizer(obj, finalizer) {
		go runFinalizers()
	}
}

func setFinalizer(obj any, finalizer any) bool
func nextFinalizer() (f1 func(uintptr), f2 func(uintptr, uintptr), a0, a1 uintptr, two bool)
func finalizerGoroutine()

// The finalizer goroutine: runs queued finalizers one at a time, forever. The argument
// words are the object pointer (or an interface holding it); the calls go through
// function types with uintptr parameters, which the VM passes as the same words.
func runFinalizers() {
	finalizerGoroutine()
	for {
		f1, f2, a0, a1, two := nextFinalizer()
		if two {
			f2(a0, a1)
		} else {
			f1(a0)
		}
	}
}

// Callers fills pc with the program counters of the calling goroutine's stack: skip 0 is
// Callers itself, 1 its caller, and so on. It returns how many it wrote.
func Callers(skip int, pc []uintptr) int { return callers(skip, pc) }

func callers(skip int, pc []uintptr) int
func pcInfo(pc uintptr) (function, file string, line int, entry uintptr, ok bool)

// A Func describes a function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC describes the function holding pc (a pc from Callers or Caller), or nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry, ok := pcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the function's name ("main.main", "main.(*T).M", "main.main.func1").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line of pc in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = pcInfo(pc)
	return
}

// Frames walks the pcs Callers returned; Frame is what each gives.
type Frames struct {
	callers []uintptr
}

// Frame is the information Frames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of pcs returned by Callers and prepares to return
// function, file and line information for each.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns the next frame, and whether there are more after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		_, file, line, _, _ := pcInfo(pc)
		frame = Frame{PC: pc, Func: f, Function: f.name, File: file, Line: line, Entry: f.entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// ---- profiles (natives in stdlib/pprof.cpp; runtime/pprof reads them) ----

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfileRate controls the fraction of memory allocations that are recorded and
// reported in the memory profile: on average one sample per MemProfileRate bytes
// allocated (1: every allocation; 0: none). Set it as early as possible.
var MemProfileRate int = 512 * 1024

func setMemProfileRateVar(p *int)

func init() { setMemProfileRateVar(&MemProfileRate) }

// A MemProfileRecord describes the live objects allocated by a particular call sequence
// (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per allocation site, as of
// the last completed garbage collection. If len(p) >= n, it copies the profile into p and
// returns n, true; otherwise it returns n, false. With inuseZero, sites whose memory was
// all freed are included.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// BlockProfileRecord describes blocking events originated at a particular call sequence.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// SetBlockProfileRate controls the fraction of goroutine blocking events (channel
// operations, select, sync's waits) reported in the blocking profile: on average one
// event per rate nanoseconds spent blocked (1: every event; <= 0: off).
func SetBlockProfileRate(rate int)

// SetMutexProfileFraction controls the fraction of mutex contention events reported in
// the mutex profile: on average 1/rate (0: off; negative: only read). Returns the
// previous rate.
func SetMutexProfileFraction(rate int) int

// BlockProfile returns a profile of the current blocking events (Cycles in nanoseconds).
// If len(p) >= n, it copies the profile into p and returns n, true; else n, false.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool)

// MutexProfile returns a profile of the current mutex contention: how long goroutines
// waited for a lock, blamed on the stack that released it.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)

// ThreadCreateProfile returns one record per thread the scheduler created, with the
// goroutine stack that led to it (empty for threads the scheduler started on its own).
func ThreadCreateProfile(p []StackRecord) (n int, ok bool)

// GoroutineProfile returns the stack of every goroutine, the caller's first. If len(p) >=
// n, it copies them into p and returns n, true; otherwise n, false.
func GoroutineProfile(p []StackRecord) (n int, ok bool)

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second (hz <= 0 turns
// profiling off). runtime/pprof's StartCPUProfile calls it. A sample is taken at the
// running goroutine's next safepoint (a call or a loop's back edge) after a tick of the
// process's CPU time.
func SetCPUProfileRate(hz int)

// golite has no execution tracer yet: StartTrace reports so (runtime/trace's Start
// returns the error, and net/http/pprof's trace endpoint answers with it), and the
// annotations runtime/trace makes (tasks, regions, logs) are dropped, as Go's runtime
// drops them while no trace runs.
type traceError struct{}

func (traceError) Error() string { return "runtime: the execution tracer is not supported by golite" }

// StartTrace enables tracing for the current process: in golite, an error.
func StartTrace() error { return traceError{} }

// StopTrace stops tracing, if it was previously enabled.
func StopTrace() {}

// ReadTrace returns the next chunk of binary tracing data: nil, tracing never being on.
func ReadTrace() []byte { return nil }
