package atomic

// A Value provides an atomic load and store of a consistently typed value.
//
// golite keeps the interface under a tiny spin lock (lock) with a generation counter
// (gen) instead of Go's unsafe two-word protocol; the dynamic-type checks and panics are
// Go's.
type Value struct {
	lock uint32
	gen  uint64
	v    any
}

// efaceType is the type word of x (0 for nil).
func efaceType(x any) uintptr

// runtime_yield lets other goroutines run while spinning.
func runtime_yield()

func (v *Value) acquire() {
	for i := 0; !CompareAndSwapUint32(&v.lock, 0, 1); i++ {
		if i > 4 {
			runtime_yield()
		}
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return
}

// Store sets the value of the Value to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.acquire()
	if v.v != nil && efaceType(v.v) != efaceType(val) {
		v.release()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.gen++
	v.release()
}

// Swap stores new into Value and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.acquire()
	if v.v != nil && efaceType(v.v) != efaceType(new) {
		v.release()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	v.gen++
	v.release()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && efaceType(old) != efaceType(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		v.acquire()
		cur, gen := v.v, v.gen
		v.release()
		if cur == nil {
			if old != nil {
				return false
			}
		} else {
			if efaceType(cur) != efaceType(new) {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if cur != old { // may panic for uncomparable types, as in Go
				return false
			}
		}
		v.acquire()
		if v.gen == gen {
			v.v = new
			v.gen++
			v.release()
			return true
		}
		v.release()
	}
}
