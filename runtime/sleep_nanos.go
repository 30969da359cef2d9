//go:build !avr && !rp2040

package runtime

// sleepFor waits ns nanoseconds (time.Sleep when main is the only task): until the clock reaches its deadline. (The
// AVR and RP2040 clocks wait in their own units: time_avrclock.go, time_rp2040.go.) Out of line: each time.Sleep is
// a constant and a call.
//
//go:noinline
func sleepFor(ns int64) {
	if ns > 0 {
		sleepUntil(deadline(ns))
	}
}
