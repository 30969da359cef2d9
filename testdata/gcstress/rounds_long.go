//go:build gcstress_long

package main

import "runtime"

// scripts/gcstress.ts's run.
const (
	rounds        = 200000
	collectEvery  = 5000
	progressEvery = 20000
)

// progress prints how far the run is.
func progress(step int) { println("step", step+1) }

// report prints the collector's figures (to compare runs, not gc's output).
func report() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("collections", m.NumGC, "mallocs", m.Mallocs, "frees", m.Frees, "total bytes", m.TotalAlloc)
}
