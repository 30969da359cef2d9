// The garbage collector's interface to user code, common to every -gc choice (each gc_*.go file implements GC and
// ReadMemStats; MemStats itself is in mstats_small.go (AVR) and mstats_full.go).

package runtime

// KeepAlive marks its argument as reachable up to this call. tsgo's collector is conservative and runs no
// finalizers, so there is nothing more to do.
func KeepAlive(x interface{}) {}

// SetFinalizer is accepted for compatibility, but finalizers never run: an object with a finalizer is freed as any
// other.
func SetFinalizer(obj interface{}, finalizer interface{}) {}
