// WaitGroup.

package sync

// A WaitGroup waits for a collection of goroutines to finish. The main goroutine calls Add to set the number of
// goroutines to wait for; each of them calls Done when finished; Wait blocks until all have finished. A WaitGroup
// must not be copied after first use.
type WaitGroup struct {
	counter int32
	waiters uint32 // goroutines blocked on sema in Wait
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter becomes zero, all goroutines
// blocked on Wait are released. If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.counter += int32(delta)
	if wg.counter < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.counter > 0 {
		return
	}
	for ; wg.waiters > 0; wg.waiters-- {
		runtime_Semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.counter == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema)
}
