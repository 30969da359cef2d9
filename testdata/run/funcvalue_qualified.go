// Functions of another package used as values, through a qualified identifier (pkg.Name): the function value took
// its type from the identifier after the dot, which has none, and the build stopped with an internal compiler error.
package main

import (
	"runtime"
	"sync/atomic"
)

func twice(f func(*int32, int32) int32, p *int32) int32 {
	f(p, 1)
	return f(p, 1)
}

func main() {
	var n int32
	println(twice(atomic.AddInt32, &n))
	gc := runtime.GC
	gc()
	var ms runtime.MemStats
	read := runtime.ReadMemStats
	read(&ms)
	println(ms.NumGC > 0)
}
