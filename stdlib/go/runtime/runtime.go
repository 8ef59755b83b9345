// Package runtime: declarations for golite (Go 1.19 API subset). Bodyless functions are native.
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

type Error interface {
	error
	RuntimeError()
}

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
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	NumGC        uint32
}

func GC()
func Gosched()
func Goexit()
func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func KeepAlive(x any)
func ReadMemStats(m *MemStats)
func Version() string
func LockOSThread()
func UnlockOSThread()
func SetFinalizer(obj any, finalizer any)
