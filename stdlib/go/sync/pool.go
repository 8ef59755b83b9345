package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// golite's version is a stack of items under a Mutex; Get calls New when it is empty.
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it
// to the caller. If the pool is empty and p.New is non-nil, Get returns the result of
// calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
