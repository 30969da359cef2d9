// Package debug is tsgo's runtime/debug: gc's API over tsgo's runtime. The collector's and the scheduler's knobs
// (SetGCPercent, SetMemoryLimit, SetMaxStack, SetMaxThreads, SetPanicOnFault, SetTraceback) are accepted and their
// previous values returned as gc would, but they change nothing: tsgo's conservative collector runs when an
// allocation finds no room, goroutine stacks have the size the call graph gives them, there is one thread, and
// faults end the program. Stack and PrintStack give the runtime's goroutine header without frames (tsgo keeps no
// unwind tables), ReadBuildInfo reports that no build information is embedded, and ReadGCStats knows the number of
// collections only.
//
// This file holds the collector's, the stack's and the scheduler's functions; mod.go the build information.
package debug

import (
	"os"
	"runtime"
	"time"
	"unsafe"
)

// The values the knobs start with: gc's defaults.
var (
	gcPercent     = 100
	memoryLimit   = int64(^uint64(0) >> 1)
	maxStack      = 250000000 + 750000000*int(unsafe.Sizeof(uintptr(0))/8) // 1 GB on 64-bit systems, 250 MB on others
	maxThreads    = 10000
	panicOnFault  = false
	tracebackMode = "single"
)

// SetGCPercent would set the collection target percentage (gc starts a collection when the heap has grown by that
// percentage since the last one; a negative percentage disables collection) and returns the previous setting. tsgo's
// collector runs when an allocation finds no room: the setting is kept but has no effect.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// SetMemoryLimit would set a soft limit on the memory the runtime uses and returns the previous one (math.MaxInt64
// at first); a negative limit only reads it. tsgo's heap is a fixed region: the limit is kept but has no effect.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory runs a garbage collection. gc also returns memory to the operating system; tsgo's heap is a fixed
// region that stays the program's.
func FreeOSMemory() { runtime.GC() }

// GCStats collects information about recent garbage collections.
type GCStats struct {
	// LastGC is the time of the last collection (tsgo does not record it: the zero Time).
	LastGC time.Time
	// NumGC is the number of collections.
	NumGC int64
	// PauseTotal is the total pause of all collections (tsgo does not time them: 0).
	PauseTotal time.Duration
	// Pause holds the recent pauses, most recent first (none, in tsgo).
	Pause []time.Duration
	// PauseEnd holds the end times of the recent pauses (none, in tsgo).
	PauseEnd []time.Time
	// PauseQuantiles holds the quantiles of the pauses, when its length is at least 2 (zeros, in tsgo).
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats with the collector's statistics: the number of collections; tsgo times no collection,
// so the pauses are empty and their quantiles zero.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
	stats.LastGC = time.Time{}
	stats.PauseTotal = 0
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := range stats.PauseQuantiles {
		stats.PauseQuantiles[i] = 0
	}
}

// SetMaxStack would set the most memory one goroutine's stack may use (gc: 1 GB on 64-bit systems, 250 MB on 32-bit
// ones) and returns the previous setting. tsgo sizes each goroutine's stack from the call graph when it links: the
// setting is kept but has no effect.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads would set the most operating system threads the program may use (gc: 10000) and returns the
// previous setting. tsgo runs on one thread: the setting is kept but has no effect.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault would make a fault at an unexpected address panic instead of crashing, and returns the previous
// setting. tsgo handles no faults (a nil dereference is checked before it happens): kept, no effect.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetTraceback would set how much a fatal error's trace shows ("none", "single", "all", "system", "crash"). tsgo
// prints no traces: the level is kept, no effect.
func SetTraceback(level string) { tracebackMode = level }

// WriteHeapDump would write a description of the heap to the file descriptor fd; tsgo has no heap dump format and
// writes nothing.
func WriteHeapDump(fd uintptr) {}

// Stack returns a formatted trace of the calling goroutine: runtime.Stack's, the goroutine header without frames.
func Stack() []byte {
	buf := make([]byte, 64)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes Stack's trace to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }
