// Once.

package sync

// Once is an object that will perform exactly one action. A Once must not be copied after first use.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this instance of Once. No call
// to Do returns until the one call to f has returned; if f panics, Do considers it to have returned, and future
// calls of Do return without calling f.
func (o *Once) Do(f func()) {
	if !o.done {
		o.doSlow(f)
	}
}

// doSlow runs f under o.m, so that a Do called while f blocks waits for f to return.
func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }
