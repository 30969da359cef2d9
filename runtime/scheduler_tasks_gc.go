//go:build scheduler.tasks

// A stand-in for the goroutine scheduler's stack roots, until scheduler_tasks.go (written in parallel) defines
// markStacks over every task: with only the main task running, its stack is all there is. Delete this file when
// merging with the scheduler.

package runtime

// markStacks marks what the running task's stack and registers point to.
func markStacks() {
	tsgo_scanCurrentStack()
}
