//go:build avr

// The clock on AVR. Not yet: it needs the Timer0 overflow interrupt (runtime/interrupt). A program with package time
// does not link on AVR until then.

package runtime

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64

// walltime returns the time since start-up in nanoseconds.
func walltime() int64

// sleepUntil waits until nanotime() reaches when.
func sleepUntil(when int64)
