// Timers: the clock behind package time, GOROOT's own, whose bodyless functions gc's runtime defines: Sleep,
// startTimer, stopTimer, resetTimer, modTimer and now are defined here, by //go:linkname pushes, and time pulls
// runtimeNano from nanotime itself. A timer fires at a time of the monotonic clock nanotime() (per target:
// time_*.go): its function runs from the scheduler, which looks at the pending timers whenever a goroutine blocks or
// yields, and, when nothing can run, waits for the earliest one (sleepUntil: the CPU sleeps on the boards) instead of
// declaring a deadlock. A timer's function must not block: package time's send a value on a buffered channel if
// there is room (time.sendTime), time.Sleep's makes the sleeping goroutine runnable. The pending timers form a list
// ordered by when they fire (programs on microcontrollers have few; an insertion is linear in them). A program
// without package time has no timers: timersEnabled() is then the constant false and the scheduler's timer code and
// the clock drop out (no timer interrupt on the boards).

package runtime

import "unsafe"

// timersEnabled reports whether the program has package time; the compiler replaces calls to it with that constant.
func timersEnabled() bool

// timersStartable reports whether the program can start timers other than time.Sleep's (package time's startTimer,
// resetTimer or modTimer is reachable); the compiler replaces its calls with that constant (passes/intrinsics.ts).
func timersStartable() bool

// timer is a pending or stopped timer. Its layout is package time's runtimeTimer (time/sleep.go: pp, when, period,
// f, arg, seq, nextwhen, status), whose address package time hands to startTimer, stopTimer, resetTimer and modTimer
// as a *runtimeTimer: a pointer the linkname pass lets stand for *timer.
type timer struct {
	next     *timer // runtimeTimer's pp: the next pending timer
	when     int64  // nanotime() at which f runs
	period   int64  // when > 0, the timer fires again every period
	f        func(arg any, seq uintptr)
	arg      any
	seq      uintptr
	nextwhen int64  // unused (gc's runtime keeps a modified timer's new time here)
	status   uint32 // timerPending while in the list of pending timers, else 0
}

// timerPending is timer.status of a timer in the list.
const timerPending = 1

// timers lists the pending timers, earliest first.
var timers *timer

// addTimer makes t pending.
func addTimer(t *timer) {
	p := &timers
	for *p != nil && (*p).when <= t.when {
		p = &(*p).next
	}
	t.next = *p
	*p = t
	t.status = timerPending
}

// delTimer stops t, and reports whether it was pending.
func delTimer(t *timer) bool {
	if t.status != timerPending {
		return false
	}
	for p := &timers; *p != nil; p = &(*p).next {
		if *p == t {
			*p = t.next
			break
		}
	}
	t.next = nil
	t.status = 0
	return true
}

// runTimers runs the functions of the timers that are due, and reports whether there were any.
func runTimers() bool {
	fired := false
	now := nanotime()
	for timers != nil && timers.when <= now {
		t := timers
		timers = t.next
		t.next = nil
		t.status = 0
		if t.period > 0 {
			t.when += t.period
			if t.when <= now { // fell behind: skip the missed ticks, as gc's tickers drop them
				t.when = now + t.period
			}
			addTimer(t)
		}
		if f := t.f; f != nil { // always set: the test lets the call skip its nil check
			f(t.arg, t.seq)
		}
		fired = true
	}
	return fired
}

// waitForTimers waits until the earliest pending timer is due and runs the due timers; it reports false, without
// waiting, when no timer is pending (then nothing but another goroutine can make progress).
func waitForTimers() bool {
	if !timersEnabled() || timers == nil {
		return false
	}
	sleepUntil(timers.when)
	runTimers()
	return true
}

// timeSleep is time.Sleep. When main is the only task and time.Sleep's the only timers, nothing else can run
// meanwhile and main waits for the clock itself (sleepFor, per clock); timeSleep is inlined into its callers so that
// the clock's conversion of a constant duration folds (on AVR, a 64-bit division).
//
//go:linkname timeSleep time.Sleep
//go:inline
func timeSleep(ns int64) {
	if !goroutinesEnabled() && !timersStartable() {
		sleepFor(ns)
		return
	}
	sleepTask(ns)
}

// sleepTask makes the goroutine wait for a timer that makes it runnable again (the timer is in this frame: it has
// fired and left the list before sleepTask returns).
func sleepTask(ns int64) {
	if ns <= 0 {
		return
	}
	var t timer
	t.when = deadline(ns)
	t.f = wakeTask
	t.seq = uintptr(unsafe.Pointer(current))
	addTimer((*timer)(noescape(unsafe.Pointer(&t))))
	pause()
}

// deadline returns the time of the clock ns nanoseconds from now, or the clock's end when that is past it.
func deadline(ns int64) int64 {
	when := nanotime() + ns
	if when < ns {
		when = 1<<63 - 1
	}
	return when
}

// wakeTask is the function of time.Sleep's timers: it makes the sleeping task, whose address is in seq, runnable.
// (The task is not boxed in arg: that would take *task's type descriptor and a type assertion's panic path into
// every program that sleeps; the task stays reachable from current or allTasks while it sleeps.)
func wakeTask(arg any, seq uintptr) {
	ready((*task)(unsafe.Pointer(seq)))
}

// timeStartTimer is time's startTimer: t becomes pending.
//
//go:linkname timeStartTimer time.startTimer
func timeStartTimer(t *timer) {
	addTimer(t)
}

// timeStopTimer is time's stopTimer: t stops, and the result says whether it was pending.
//
//go:linkname timeStopTimer time.stopTimer
func timeStopTimer(t *timer) bool {
	return delTimer(t)
}

// timeResetTimer is time's resetTimer: t fires at when, and the result says whether it was pending.
//
//go:linkname timeResetTimer time.resetTimer
func timeResetTimer(t *timer, when int64) bool {
	was := delTimer(t)
	t.when = when
	addTimer(t)
	return was
}

// timeModTimer is time's modTimer (Ticker.Reset): t fires at when, then every period, calling f(arg, seq).
//
//go:linkname timeModTimer time.modTimer
func timeModTimer(t *timer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	delTimer(t)
	t.when = when
	t.period = period
	t.f = f
	t.arg = arg
	t.seq = seq
	addTimer(t)
}

// timeNow is time's now: the wall clock (seconds and nanoseconds since 1970, or since start-up on a board without
// one) and the monotonic clock. The monotonic clock is read last, so that the reading is as close as possible to
// what the caller does next: the wall clock's division takes a few thousand cycles on AVR, and time.Now() before an
// action and time.Since after it would otherwise count that division in.
//
//go:linkname timeNow time.now
func timeNow() (sec int64, nsec int32, mono int64) {
	wall := walltime()
	sec, nsec = wall/1e9, int32(wall%1e9)
	return sec, nsec, nanotime()
}
