// The runtime's facts about the program and the machine that package runtime exports to everyone (gc's
// runtime/extern.go and debug.go): the toolchain, the target's GOOS and GOARCH (extern_*.go), the number of CPUs and
// threads. tsgo runs goroutines on one thread of one CPU, so the answers are fixed.

package runtime

// Compiler is the name of the toolchain that built the program: "gc", as TinyGo also reports, so that code choosing
// by it takes gc's path (tsgo follows gc's semantics and layouts).
const Compiler = "gc"

// Version returns the Go release whose language and standard library tsgo implements.
func Version() string { return "go1.19" }

// NumCPU returns the number of CPUs the program can use: 1 (the boards have one core; on the host tsgo runs
// goroutines on one thread).
func NumCPU() int { return 1 }

// GOMAXPROCS returns the number of goroutines that can run at once, 1, and leaves it so: n cannot change it.
func GOMAXPROCS(n int) int { return 1 }

// LockOSThread wires the calling goroutine to its thread: with one thread for all goroutines it is wired already.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls the process has made: 0, tsgo has no cgo.
func NumCgoCall() int64 { return 0 }
