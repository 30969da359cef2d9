// Profiling and tracing, gc's API for runtime/pprof, runtime/trace and testing: tsgo records no profiles and no
// execution trace (the samples would need stack walks it cannot make, and a board has no room for them), so the
// profiles are empty, the rates are accepted and ignored, and StartTrace fails. Everything here is for the API's
// sake and costs nothing in a program that does not call it.

package runtime

import "unsafe"

// MemProfileRate would set how often allocations are sampled for the memory profile (one per MemProfileRate bytes,
// gc's default 512 KiB). tsgo samples none; the variable exists so that code that sets it compiles.
var MemProfileRate int = 512 * 1024

// StackRecord is one stack of a profile: the program counters, ended by a 0 or the array's end.
type StackRecord struct {
	// Stack0 holds the stack's program counters.
	Stack0 [32]uintptr
}

// Stack returns the program counters of the record, up to the first 0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfileRecord is the allocation statistics of one allocation site of the memory profile.
type MemProfileRecord struct {
	// AllocBytes and FreeBytes count the bytes allocated and freed at the site.
	AllocBytes, FreeBytes int64
	// AllocObjects and FreeObjects count the objects allocated and freed at the site.
	AllocObjects, FreeObjects int64
	// Stack0 holds the site's stack, ended by a 0 or the array's end.
	Stack0 [32]uintptr
}

// InUseBytes returns the bytes in use: AllocBytes - FreeBytes.
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the objects in use: AllocObjects - FreeObjects.
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the program counters of the site's stack, up to the first 0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord is the statistics of one stack of the blocking or mutex profile.
type BlockProfileRecord struct {
	// Count is the number of blocking events.
	Count int64
	// Cycles is the time they took, in CPU ticks.
	Cycles int64
	StackRecord
}

// MemProfile returns the number of records of the memory profile, and whether they fit in p: tsgo keeps no
// profile, so 0 and true.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }

// BlockProfile returns the number of records of the blocking profile: 0, and true.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// MutexProfile returns the number of records of the mutex contention profile: 0, and true.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) { return 0, true }

// GoroutineProfile returns the number of records of the goroutine profile, one per goroutine, and whether they fit
// in p. tsgo cannot walk stacks: the records it fills have empty stacks.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = NumGoroutine()
	if n > len(p) {
		return n, false
	}
	for i := 0; i < n; i++ {
		p[i] = StackRecord{}
	}
	return n, true
}

// ThreadCreateProfile returns the number of records of the thread creation profile: 0 (no thread is ever created),
// and true.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }

// SetBlockProfileRate would set the blocking profile's sampling rate; tsgo ignores it.
func SetBlockProfileRate(rate int) {}

// SetMutexProfileFraction would set the mutex profile's sampling fraction and return the previous one; tsgo keeps
// no mutex profile: it returns 0 and ignores rate.
func SetMutexProfileFraction(rate int) int { return 0 }

// SetCPUProfileRate would set the CPU profile's sampling rate in Hz; tsgo takes no CPU samples and ignores it.
func SetCPUProfileRate(hz int) {}

// CPUProfile would return the next chunk of CPU profile data; tsgo has none: nil.
//
// Deprecated: as in gc, use runtime/pprof.
func CPUProfile() []byte { return nil }

// SetCgoTraceback registers cgo traceback functions; tsgo has no cgo, and ignores them.
func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer) {}

// StartTrace would start an execution trace; tsgo cannot trace and returns an error.
func StartTrace() error { return plainError("runtime: tracing is not supported by tsgo") }

// StopTrace stops tracing: there is none to stop.
func StopTrace() {}

// ReadTrace returns the next chunk of trace data: nil, there is never any.
func ReadTrace() []byte { return nil }
