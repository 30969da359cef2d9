// The runtime's exported facts (runtime/extern.go): the toolchain, GOOS and GOARCH as the target builds, one CPU, one
// goroutine at a time whatever GOMAXPROCS is asked. Run by compiler/build/runtimeapi.test.ts on the host and the
// boards; not a gc comparison (gc's NumCPU is the machine's).
package main

import "runtime"

func main() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.Version())
	println(runtime.NumCPU(), runtime.GOMAXPROCS(4), runtime.GOMAXPROCS(0))
}
