//go:build !baremetal

// The clocks on the host: Linux's clock_gettime and nanosleep through system calls (targets/host.s).

package runtime

// clockNanos returns clock_gettime(clock) in nanoseconds.
func clockNanos(clock int32) int64

// sleepNanos sleeps for ns nanoseconds, or less when a signal interrupts it.
func sleepNanos(ns int64)

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64 { return clockNanos(clockMonotonic) }

// walltime returns the time since 1970 in nanoseconds.
func walltime() int64 { return clockNanos(clockRealtime) }

// sleepUntil waits until nanotime() reaches when.
func sleepUntil(when int64) {
	for {
		d := when - nanotime()
		if d <= 0 {
			return
		}
		sleepNanos(d)
	}
}
