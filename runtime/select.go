// Select. The code generator lays out the cases in an array of selectCase in the selecting function's frame — the
// channel, the address of the value to send or of the variable to receive into, the direction — and calls
// chanselect (a select without default, which may block) or chantryselect (with default: it never blocks, so its
// callers' stacks need no room for the scheduler), which return the index of the case they performed (-1 for
// default) and, for a receive, whether a send delivered the value. Each case record also holds the waiter that
// queues the case in its channel while the select blocks, so a blocking select needs no memory of its own.

package runtime

import "unsafe"

// selectCase is one case of a select, as codegen lays it out (it reads this type from the runtime package).
type selectCase struct {
	c    *hchan
	elem unsafe.Pointer // the value to send, or where a received value goes
	send bool
	w    waiter // the case's place in its channel's queue while the select blocks
}

// selectWait is the state a blocked select shares with its waiters: which case completed, and how.
type selectWait struct {
	done  bool
	index int
	ok    bool
}

// chantryselect performs one ready case of cases[0:n], chosen at random as gc does, and returns its index and, for a
// receive, whether a send delivered the value; with none ready, it returns -1 (the default case).
func chantryselect(cases *selectCase, n uintptr) (int, bool) {
	if n > 0 {
		start := uintptr(fastrand()) % n
		for i := uintptr(0); i < n; i++ {
			k := start + i
			if k >= n {
				k -= n
			}
			sc := caseAt(cases, k)
			if sc.c == nil {
				continue // a nil channel's case is never ready
			}
			if sc.send {
				if trySend(sc.c, sc.elem) {
					return int(k), false
				}
			} else if done, ok := tryRecv(sc.c, sc.elem); done {
				return int(k), ok
			}
		}
	}
	return -1, false
}

// chanselect performs one ready case of cases[0:n] as chantryselect does, or with none ready waits for the first
// case to become ready. It returns the case's index and, for a receive, whether a send delivered the value.
func chanselect(cases *selectCase, n uintptr) (int, bool) {
	if k, ok := chantryselect(cases, n); k >= 0 {
		return k, ok
	}
	var sw selectWait
	swp := (*selectWait)(noescape(unsafe.Pointer(&sw)))
	for k := uintptr(0); k < n; k++ {
		sc := caseAt(cases, k)
		if sc.c == nil {
			continue
		}
		w := &sc.w
		w.t = current
		w.elem = sc.elem
		w.sel = swp
		w.index = int(k)
		if sc.send {
			enqueue(&sc.c.sendq, w)
		} else {
			enqueue(&sc.c.recvq, w)
		}
	}
	for !sw.done {
		pause() // with no case at all (select {}), or only nil channels, this never ends
	}
	for k := uintptr(0); k < n; k++ {
		sc := caseAt(cases, k)
		if sc.c == nil {
			continue
		}
		if sc.send {
			unlink(&sc.c.sendq, &sc.w)
		} else {
			unlink(&sc.c.recvq, &sc.w)
		}
	}
	if caseAt(cases, uintptr(sw.index)).send && !sw.ok {
		plainPanic("send on closed channel")
	}
	return sw.index, sw.ok
}

// caseAt returns &cases[k].
func caseAt(cases *selectCase, k uintptr) *selectCase {
	return (*selectCase)(unsafe.Pointer(uintptr(unsafe.Pointer(cases)) + k*unsafe.Sizeof(selectCase{})))
}

// randState is the state of fastrand's xorshift generator.
var randState uint32 = 2463534242

// fastrand returns a pseudo-random number (xorshift32), for select's choice among ready cases.
func fastrand() uint32 {
	x := randState
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	randState = x
	return x
}
