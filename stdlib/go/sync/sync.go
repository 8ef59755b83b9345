// Package sync: Go's sync package for golite. Mutex, RWMutex, WaitGroup, Once and Cond are
// Go's algorithms (Go 1.19's mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go) over
// sync/atomic and the runtime's semaphores and notify lists; the bodyless runtime_*
// functions are natives (stdlib/sync.cpp). Every wait parks the goroutine (gopark).
package sync



// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Semaphores (runtime/sema.go): block until *s > 0, then decrement.
func runtime_Semacquire(s *uint32)                               // "semacquire"
func runtime_SemacquireWaitGroup(s *uint32)                      // "sync.WaitGroup.Wait"
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) // "sync.Mutex.Lock"
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// Approximation of notify/wait in runtime/sema.go (the runtime's notifyList layout).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// Active spinning runtime support.
func runtime_canSpin(i int) bool
func runtime_doSpin()
func runtime_nanotime() int64

// throw and fatal: `fatal error: ...` and exit status 2 (not recoverable).
func throw(s string)
func fatal(s string)
