package time

import "unsafe"

// Sleep pauses the calling goroutine for at least d (the other goroutines run meanwhile; a board with nothing to run
// sleeps until its timer interrupt).
//
//go:inline
func Sleep(d Duration) { sleep(int64(d)) }

// sleep is the runtime's timeSleep.
func sleep(ns int64)

// runtimeTimer is the runtime's timer record (runtime/timer.go: the same layout).
type runtimeTimer struct {
	next    unsafe.Pointer
	when    int64
	period  int64
	f       func(arg any, seq uintptr)
	arg     any
	seq     uintptr
	pending bool
}

// startTimer, stopTimer and resetTimer are the runtime's (runtime/timer.go); they take a *runtimeTimer.
func startTimer(t unsafe.Pointer)
func stopTimer(t unsafe.Pointer) bool
func resetTimer(t unsafe.Pointer, when int64) bool

// when returns the monotonic time d from now (now for d <= 0, the latest time on overflow).
func when(d Duration) int64 {
	t := runtimeNano()
	if d <= 0 {
		return t
	}
	if w := t + int64(d); w >= t {
		return w
	}
	return 1<<63 - 1
}

// A Timer sends the current time on its channel C once, when it fires (or calls a function, from AfterFunc).
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// sendTime is the function of channel timers: it sends the time unless the channel is full (the previous value was
// not received), never blocking.
func sendTime(c any, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// goFunc is the function of AfterFunc's timers: it starts the function in its own goroutine.
func goFunc(arg any, seq uintptr) {
	go arg.(func())()
}

// NewTimer returns a Timer that sends the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: runtimeTimer{when: when(d), f: sendTime, arg: c}}
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// Stop prevents the timer from firing; it reports whether the call stopped it (false when it had already fired or
// been stopped). It does not drain the channel.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(unsafe.Pointer(&t.r))
}

// Reset makes the timer fire after d; it reports whether the timer was active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(unsafe.Pointer(&t.r), when(d))
}

// After waits for d and then sends the current time on the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc calls f in its own goroutine after d; the Timer's Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: runtimeTimer{when: when(d), f: goFunc, arg: f}}
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// A Ticker sends the time on its channel C every period (dropping ticks a slow receiver misses).
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker with period d; d must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: runtimeTimer{when: when(d), period: int64(d), f: sendTime, arg: c}}
	startTimer(unsafe.Pointer(&t.r))
	return t
}

// Stop turns the ticker off; no more ticks are sent.
func (t *Ticker) Stop() { stopTimer(unsafe.Pointer(&t.r)) }

// Reset stops the ticker and restarts it with period d; d must be positive.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.period = int64(d)
	resetTimer(unsafe.Pointer(&t.r), when(d))
}

// Tick returns the channel of a Ticker with period d that is never stopped (nil for d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
