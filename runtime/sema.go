// Semaphores for package sync, keyed by address as gc's: a semaphore is a uint32 count in the user's structure, and
// the goroutines blocked on it wait in one queue shared by all semaphores, oldest first, each as a semaWaiter record
// in its own blocked frame. semrelease hands its unit directly to the oldest waiter, so a woken goroutine never
// competes with one that arrives later: sync's Mutex, WaitGroup and Cond keep their own counts of waiters and release
// a semaphore only when someone waits on it, so their counts stay 0. Goroutines switch only when they block (pause),
// and no interrupt handler uses these, so the bookkeeping needs no atomics. Under -scheduler=none a goroutine that
// would wait is a deadlock.

package runtime

import "unsafe"

// semaWaiter is a goroutine blocked in semacquire.
type semaWaiter struct {
	t    *task
	sema *uint32
	next *semaWaiter
}

// semaWaiters is the queue of goroutines blocked in semacquire, oldest first.
var semaWaiters *semaWaiter

// semacquire waits until *sema is positive and then decrements it, or until a semrelease hands a unit over.
func semacquire(sema *uint32) {
	if *sema > 0 {
		*sema--
		return
	}
	w := semaWaiter{t: current, sema: sema}
	// w stays in this frame, which lives until semrelease has unlinked w and made the task runnable.
	wp := (*semaWaiter)(noescape(unsafe.Pointer(&w)))
	if semaWaiters == nil {
		semaWaiters = wp
	} else {
		last := semaWaiters
		for last.next != nil {
			last = last.next
		}
		last.next = wp
	}
	pause()
}

// semrelease gives a unit to the oldest goroutine waiting on sema, or adds it to *sema when none waits.
func semrelease(sema *uint32) {
	var prev *semaWaiter
	for w := semaWaiters; w != nil; prev, w = w, w.next {
		if w.sema != sema {
			continue
		}
		if prev == nil {
			semaWaiters = w.next
		} else {
			prev.next = w.next
		}
		ready(w.t)
		return
	}
	*sema++
}

// Package sync's bodyless declarations, implemented here (//go:linkname pushes, see ir/linkname.ts).

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(sema *uint32) { semacquire(sema) }

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(sema *uint32) { semrelease(sema) }

//go:linkname sync_fatal sync.fatal
func sync_fatal(msg string) { fatal(msg) }
