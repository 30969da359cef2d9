// Cond.

package sync

import "unsafe"

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or announcing the occurrence
// of an event. Each Cond has an associated Locker L (often a *Mutex or *RWMutex), which must be held when changing
// the condition and when calling the Wait method. A Cond must not be copied after first use.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	waiters uint32 // goroutines blocked on sema in Wait
	sema    uint32
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After later resuming execution, Wait
// locks c.L before returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	c.checker.check()
	c.waiters++
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	if c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	for ; c.waiters > 0; c.waiters-- {
		runtime_Semrelease(&c.sema)
	}
}

// copyChecker holds its own address from a Cond's first use on, so that using a copy of a used Cond panics as in gc
// (its waiters' semaphore is keyed by the original's address).
type copyChecker uintptr

func (c *copyChecker) check() {
	self := uintptr(unsafe.Pointer(c))
	if *c == 0 {
		*c = copyChecker(self)
	} else if uintptr(*c) != self {
		panic("sync.Cond is copied")
	}
}
