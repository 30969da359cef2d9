// Channels. A channel is one object from its `make` site (heap or stack, as escape analysis decides): the hchan
// header, then the buffer of cap elements, a ring starting at head. Goroutines blocked on a channel wait in its
// send or receive queue as waiter records in their own frames; whoever completes the operation (the other side, or
// close) copies the value directly between the two goroutines' variables and makes the waiter runnable. Select
// (select.go) puts one waiter per case in the queues; the first case to fire marks the select done, and waiters of a
// done select still in other queues are skipped and unlinked. The code generator calls:
//
//	chanSize(elemSize uintptr, size int) uintptr          bytes of a channel object (make with a non-constant size)
//	chaninit(c *hchan, elemSize uintptr, size int)       make: fill in the zeroed header from the allocation site
//	chansend(c *hchan, elem unsafe.Pointer)              c <- *elem
//	chanrecv(c *hchan, elem unsafe.Pointer) bool         *elem = <-c, and whether a send delivered it
//	chanclose(c *hchan)                                  close(c)
//	chanlen(c *hchan) int, chancap(c *hchan) int         len(c), cap(c)
//	chanselect(cases *selectCase, n uintptr) (int, bool)      select without default (select.go)
//	chantryselect(cases *selectCase, n uintptr) (int, bool)   select with default
//
// All of it runs between two scheduling points of the cooperative scheduler, so no locking is needed.

package runtime

import "unsafe"

// hchan is a channel's header; the buffer follows it at chanBufferOffset. Every field is a word, so that the
// compiler's mirror of the layout (ir/chanabi.ts) is only a count of words.
type hchan struct {
	elemSize uintptr
	cap      uintptr // buffer capacity in elements (0: unbuffered)
	len      uintptr // elements in the buffer
	head     uintptr // buffer index of the first element
	closed   uintptr // 1 once closed
	sendq    *waiter // senders waiting for a receiver or buffer space, first come first
	recvq    *waiter // receivers waiting for a value
}

// waiter is a goroutine blocked in a channel operation, queued in the channel; it lives in the blocked goroutine's
// frame until the goroutine resumes.
type waiter struct {
	t     *task
	next  *waiter
	elem  unsafe.Pointer // the value to send, or where the received value goes
	sel   *selectWait    // the select this waiter is a case of, or nil
	index int            // the case's index in its select
	ok    bool           // set when the operation completes: true for a transferred value, false for a close
}

// chanBufferOffset is where the buffer starts: the header rounded up to the largest alignment.
const chanBufferOffset = (unsafe.Sizeof(hchan{}) + heapAlign - 1) &^ (heapAlign - 1)

// chanSize returns the size of a channel object with a buffer of size elements, panicking as gc does when no such
// channel can exist.
func chanSize(elemSize uintptr, size int) uintptr {
	if size < 0 || (elemSize > 0 && uintptr(size) > (^uintptr(0)-chanBufferOffset)/elemSize) {
		plainPanic("makechan: size out of range")
	}
	return chanBufferOffset + uintptr(size)*elemSize
}

// chaninit fills in a new channel's header; the rest of the object is zeroed by its allocation site.
func chaninit(c *hchan, elemSize uintptr, size int) {
	c.elemSize = elemSize
	c.cap = uintptr(size)
}

// slot returns the address of buffer element i.
func (c *hchan) slot(i uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(c)) + chanBufferOffset + i*c.elemSize)
}

// chansend is c <- *elem: it blocks until a receiver or buffer space takes the value.
func chansend(c *hchan, elem unsafe.Pointer) {
	if c == nil {
		blockForever()
	}
	if trySend(c, elem) {
		return
	}
	var w waiter
	w.t = current
	w.elem = elem
	wp := (*waiter)(noescape(unsafe.Pointer(&w)))
	enqueue(&c.sendq, wp)
	pause()
	if !w.ok {
		plainPanic("send on closed channel")
	}
}

// trySend sends *elem on c if that can be done without blocking: to a waiting receiver, or into the buffer.
func trySend(c *hchan, elem unsafe.Pointer) bool {
	if c.closed != 0 {
		plainPanic("send on closed channel")
	}
	if w := dequeue(&c.recvq); w != nil {
		memmove(w.elem, elem, c.elemSize)
		wake(w, true)
		return true
	}
	if c.len < c.cap {
		i := c.head + c.len
		if i >= c.cap {
			i -= c.cap
		}
		memmove(c.slot(i), elem, c.elemSize)
		c.len++
		return true
	}
	return false
}

// chanrecv is *elem = <-c: it blocks until a value arrives or c is closed (then *elem is zeroed), and reports
// whether a send delivered the value.
func chanrecv(c *hchan, elem unsafe.Pointer) bool {
	if c == nil {
		blockForever()
	}
	if done, ok := tryRecv(c, elem); done {
		return ok
	}
	var w waiter
	w.t = current
	w.elem = elem
	wp := (*waiter)(noescape(unsafe.Pointer(&w)))
	enqueue(&c.recvq, wp)
	pause()
	return w.ok
}

// tryRecv receives from c into *elem if that can be done without blocking: from the buffer (refilled by a waiting
// sender), from a waiting sender, or as the zero value of a closed channel. It reports whether it received, and ok.
func tryRecv(c *hchan, elem unsafe.Pointer) (done bool, ok bool) {
	if c.len > 0 {
		head := c.slot(c.head)
		memmove(elem, head, c.elemSize)
		if w := dequeue(&c.sendq); w != nil {
			// The buffer was full: the first waiting sender's value takes the freed place, at the ring's end.
			memmove(head, w.elem, c.elemSize)
			wake(w, true)
		} else {
			memclr(head, c.elemSize)
			c.len--
		}
		c.head++
		if c.head == c.cap {
			c.head = 0
		}
		return true, true
	}
	if w := dequeue(&c.sendq); w != nil {
		memmove(elem, w.elem, c.elemSize)
		wake(w, true)
		return true, true
	}
	if c.closed != 0 {
		memclr(elem, c.elemSize)
		return true, false
	}
	return false, false
}

// chanclose is close(c): waiting receivers get the zero value, waiting senders panic.
func chanclose(c *hchan) {
	if c == nil {
		plainPanic("close of nil channel")
	}
	if c.closed != 0 {
		plainPanic("close of closed channel")
	}
	c.closed = 1
	for w := dequeue(&c.recvq); w != nil; w = dequeue(&c.recvq) {
		memclr(w.elem, c.elemSize)
		wake(w, false)
	}
	for w := dequeue(&c.sendq); w != nil; w = dequeue(&c.sendq) {
		wake(w, false)
	}
}

// chanlen is len(c): the number of buffered elements (0 for nil).
func chanlen(c *hchan) int {
	if c == nil {
		return 0
	}
	return int(c.len)
}

// chancap is cap(c): the buffer's capacity (0 for nil).
func chancap(c *hchan) int {
	if c == nil {
		return 0
	}
	return int(c.cap)
}

// enqueue appends w to the queue q.
func enqueue(q **waiter, w *waiter) {
	w.next = nil
	for *q != nil {
		q = &(*q).next
	}
	*q = w
}

// dequeue removes and returns the first waiter of q that can still complete (skipping the cases of selects that
// another case has already completed), or nil.
func dequeue(q **waiter) *waiter {
	for {
		w := *q
		if w == nil {
			return nil
		}
		*q = w.next
		if w.sel == nil || !w.sel.done {
			return w
		}
	}
}

// unlink removes w from the queue q if it is there.
func unlink(q **waiter, w *waiter) {
	for ; *q != nil; q = &(*q).next {
		if *q == w {
			*q = w.next
			return
		}
	}
}

// wake completes w's operation (ok: a value was transferred; false: the channel was closed) and makes its goroutine
// runnable.
func wake(w *waiter, ok bool) {
	w.ok = ok
	if s := w.sel; s != nil {
		s.done = true
		s.index = w.index
		s.ok = ok
	}
	ready(w.t)
}

// blockForever blocks the running goroutine for good (an operation on a nil channel, an empty select).
func blockForever() {
	for {
		pause()
	}
}

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n uintptr) {
	memset(p, 0, n)
}
