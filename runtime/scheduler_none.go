//go:build !scheduler.tasks

// The scheduler of a program without goroutines (-scheduler=none): the main goroutine is the only task, so a task that
// blocks can be woken only by a timer (time.Sleep, time.After).

package runtime

// woken is set when ready is called for the only task while it is blocked (by a timer's function).
var woken bool

// pause blocks the running task until a timer's function makes it runnable; without pending timers, nothing can.
func pause() {
	for !woken {
		if !waitForTimers() {
			deadlock()
		}
	}
	woken = false
}

// ready makes t runnable: with one task, t is the running task, blocked in pause.
func ready(t *task) {
	woken = true
}

// Gosched yields the processor; there is no other goroutine to run.
func Gosched() {}

// NumGoroutine returns the number of goroutines that exist: always 1.
func NumGoroutine() int { return 1 }

// markStacks marks what the only task's stack and registers point to (the garbage collector's stack roots).
func markStacks() {
	tsgo_scanCurrentStack()
}
