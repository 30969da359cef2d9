//go:build scheduler.tasks && gc.conservative

package runtime

// markStacks marks what every goroutine's stack and saved registers point to (the garbage collector's stack roots):
// the running goroutine's from its stack pointer, below which tsgo_scanCurrentStack pushes its registers, and each
// other's from the stack pointer it switched out with (tsgo_swapTask left its registers there). A goroutine's stack
// is also a heap object that its task record keeps alive; only its live part is scanned here.
func markStacks() {
	tsgo_scanCurrentStack()
	if current != &mainTask {
		markRoots(mainTask.sp, mainTask.stackTop)
	}
	for t := allTasks; t != nil; t = t.all {
		if t != current {
			markRoots(t.sp, t.stackTop)
		}
	}
}
