// Goroutines as tasks. Each goroutine is a task with its own stack; the main goroutine runs on the startup stack (the
// linker script's main stack, or the host's process stack), the others on stacks allocated at their `go` statement,
// with the task record at the bottom of the stack memory. The scheduler (scheduler_tasks.go, or scheduler_none.go for
// a program that cannot start goroutines) decides which task runs; channels and package sync block a task with
// pause and make it runnable again with ready.
//
// The interface other parts of the runtime rely on:
//   current             the running task
//   pause()             blocks the running task until ready is called for it (deadlock when nothing can run)
//   ready(t)            makes a blocked task runnable
//   Gosched()           lets the other runnable tasks run
//   goroutinesEnabled() whether the program can start a goroutine (a constant: passes/intrinsics.ts)
//   markStacks()        marks what every task's stack and saved registers point to (the garbage collector's roots)

package runtime

// goroutinesEnabled reports whether the program can start a goroutine: the compiler replaces its calls with false
// when no reachable function has a go statement (passes/intrinsics.ts). Main is then the only task, and a task that
// pauses is always main, woken by a timer: nothing switches.
func goroutinesEnabled() bool

// task is a goroutine's state while it is not running, and its place in the scheduler's queues.
type task struct {
	next        *task      // the next task in the run queue or in a wait queue
	all         *task      // the next task in the list of all live tasks
	sp          uintptr    // the saved stack pointer while the task is switched out
	stackBottom uintptr    // the lowest address of the stack (the main task's: set by setMainStack)
	stackTop    uintptr    // just past the highest address of the stack (the main task's: set by gcInit, mainStackTop())
	deferFrames *deferFrame // the task's chain of defer frames, while it is switched out
	panics      *_panic     // the task's panics in progress, while it is switched out
	fn          func()      // the goroutine's function (its go statement's call)
}

// mainTask is the main goroutine, running on the startup stack.
var mainTask task

// current is the running task.
var current *task = &mainTask
