//go:build scheduler.tasks

// The cooperative scheduler (-scheduler=tasks): goroutines run one at a time and switch only where one blocks
// (pause) or yields (Gosched). The run queue holds the runnable tasks, first in first out; the running task is not in
// it. Switching saves the callee-saved registers on the running task's stack and moves the stack pointer to the
// next task's (tsgo_swapTask, per target in assembly); a new task's stack starts with a frame that "returns" into
// taskStart, which runs the goroutine's function and ends the goroutine.

package runtime

import "unsafe"

// stackCanary is written at the bottom of every goroutine stack and checked when the goroutine switches out: a
// changed canary means the goroutine overflowed its stack.
const stackCanary = uintptr(0x5a5a5a5a & uint64(^uintptr(0)))

// runqueue holds the runnable tasks, first in first out, through task.next.
var runqueue struct {
	head, tail *task
}

// allTasks lists every live goroutine except main, through task.all, for the garbage collector and NumGoroutine.
var allTasks *task

// numTasks counts the live goroutines, main included.
var numTasks = 1

// tsgo_swapTask saves the callee-saved registers on the running stack, stores the stack pointer in *oldSP, switches
// to the stack at newSP and restores the registers saved there (targets/*.s).
//
//go:noescape
//export tsgo_swapTask
func tsgo_swapTask(newSP uintptr, oldSP *uintptr)

// tsgo_prepareTask lays out, below top, the frame that makes the first switch to a new task enter taskStart, and
// returns the task's initial stack pointer (targets/*.s).
//
//export tsgo_prepareTask
func tsgo_prepareTask(top uintptr) uintptr

// startGoroutine starts a goroutine running fn on the stack memory [stack, stack+size), which the go statement
// allocated; the task record takes the bottom of it. It is not inlined: on AVR, storing addresses derived from the
// freshly allocated stack into it trips llc-14's register allocator (as runtime.mapinit does).
//
//go:noinline
func startGoroutine(fn func(), stack unsafe.Pointer, size uintptr) {
	setMainStack()
	t := (*task)(stack)
	t.fn = fn
	t.stackBottom = uintptr(stack) + unsafe.Sizeof(task{})
	t.stackTop = uintptr(stack) + size
	*(*uintptr)(unsafe.Pointer(t.stackBottom)) = stackCanary
	t.sp = tsgo_prepareTask(t.stackTop)
	t.all = allTasks
	allTasks = t
	numTasks++
	ready(t)
}

// taskStart is where a new goroutine begins: it runs the goroutine's function, then ends the goroutine.
//
//export tsgo_taskStart
func taskStart() {
	freeExited()
	current.fn()
	goexit()
}

// exited is a goroutine that has ended, whose stack the next goroutine to run frees (the ended one is still running
// on it until the switch).
var exited *task

// goexit ends the running goroutine: it leaves the list of tasks and never runs again; its stack is freed once
// another goroutine runs.
func goexit() {
	t := current
	for p := &allTasks; *p != nil; p = &(*p).all {
		if *p == t {
			*p = t.all
			break
		}
	}
	numTasks--
	exited = t
	pause()
}

// ready makes t runnable.
func ready(t *task) {
	t.next = nil
	if runqueue.tail == nil {
		runqueue.head = t
	} else {
		runqueue.tail.next = t
	}
	runqueue.tail = t
}

// pause blocks the running task until ready is called for it, running the other tasks meanwhile (and the timers that
// are due). When no task can run, it waits for the next timer; without one, every goroutine is blocked for good: a
// deadlock.
func pause() {
	if timersEnabled() && timers != nil {
		runTimers()
	}
	for runqueue.head == nil {
		if !waitForTimers() {
			deadlock()
		}
	}
	next := runqueue.head
	runqueue.head = next.next
	if runqueue.head == nil {
		runqueue.tail = nil
	}
	if goroutinesEnabled() {
		switchTo(next)
	}
}

// switchTo suspends the running task and resumes next.
func switchTo(next *task) {
	prev := current
	if next == prev {
		return
	}
	if prev != &mainTask && *(*uintptr)(unsafe.Pointer(prev.stackBottom)) != stackCanary {
		fatal("stack overflow")
	}
	prev.deferFrames, prev.panics = deferFrames, panics
	current = next
	deferFrames, panics = next.deferFrames, next.panics
	setStackLimit(next)
	tsgo_swapTask(next.sp, &prev.sp)
	freeExited() // running again, as prev
}

// freeExited frees the stack of the goroutine that ended before the switch to the running one.
func freeExited() {
	if exited != nil {
		free(unsafe.Pointer(exited))
		exited = nil
	}
}

// Gosched yields the processor: the other runnable goroutines run before the caller continues.
func Gosched() {
	ready(current)
	pause()
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return numTasks
}
