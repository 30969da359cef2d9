//go:build !scheduler.tasks

// runtime.Goexit without goroutines (-scheduler=none): main is the only goroutine, so after its deferred calls
// nothing is left to run.

package runtime

// Goexit terminates the calling goroutine after running its deferred calls. Under -scheduler=none that is main, and
// no other goroutine can exist: the program ends with gc's "no goroutines (main called runtime.Goexit) - deadlock!".
func Goexit() {
	rundefersAll()
	fatal("no goroutines (main called runtime.Goexit) - deadlock!")
}
