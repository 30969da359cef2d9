//go:build !scheduler.tasks

// The scheduler of a program without goroutines (-scheduler=none): the main goroutine is the only task, so a task that
// blocks can never be woken.

package runtime

// pause blocks the running task for good: with no other goroutine, nothing can make it runnable again.
func pause() {
	deadlock()
}

// ready makes t runnable; with one task, t is the running task and nothing is to be done.
func ready(t *task) {}

// Gosched yields the processor; there is no other goroutine to run.
func Gosched() {}

// NumGoroutine returns the number of goroutines that exist: always 1.
func NumGoroutine() int { return 1 }

// markStacks marks what the only task's stack and registers point to (the garbage collector's stack roots).
func markStacks() {
	tsgo_scanCurrentStack()
}
