// Pool: a free list. gc's pool is per processor and emptied by the garbage collector; tsgo's keeps what is put
// until it is taken again.

package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved. A Pool must not be copied
// after first use.
type Pool struct {
	free []any

	// New optionally specifies a function to generate a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.free = append(p.free, x)
}

// Get removes the item most recently put in the pool and returns it. If the pool is empty, Get returns the result
// of calling p.New, or nil when p.New is nil.
func (p *Pool) Get() any {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
