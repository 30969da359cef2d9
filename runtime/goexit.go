//go:build scheduler.tasks

// runtime.Goexit with the cooperative scheduler: the calling goroutine runs all its pending deferred calls
// (defer.go's chain is the running task's) and ends. When the main goroutine calls it, the program goes on with the
// other goroutines, as in gc, and main keeps a place in the run queue only to notice when the last of them has ended:
// gc's fatal error "no goroutines (main called runtime.Goexit) - deadlock!".

package runtime

// Goexit terminates the goroutine that calls it after running its deferred calls; no other goroutine is affected.
// A recover in one of those calls returns nil (there is no panic). Called from the main goroutine, it ends main
// without ending the program; the program fails once no other goroutine is left.
func Goexit() {
	rundefersAll()
	if current != &mainTask {
		goexit()
	}
	mainGoexit()
}

// mainGoexit is what is left of the main goroutine after Goexit: it counts as ended, and it runs again only after
// every runnable goroutine has had its turn, to see whether any goroutine is left. When all the others are blocked,
// it waits for the next timer as pause would, and without one it is gc's ordinary deadlock.
func mainGoexit() {
	numTasks--
	for {
		if numTasks == 0 {
			fatal("no goroutines (main called runtime.Goexit) - deadlock!")
		}
		if runqueue.head == nil {
			if !waitForTimers() {
				deadlock()
			}
			continue
		}
		ready(current)
		pause()
	}
}
