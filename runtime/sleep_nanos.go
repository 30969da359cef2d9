//go:build !avr

package runtime

// sleepFor waits ns nanoseconds (time.Sleep when main is the only task): until the clock reaches its deadline. (AVR's
// clock counts Timer0 ticks instead: time_avrclock.go.)
func sleepFor(ns int64) {
	if ns > 0 {
		sleepUntil(deadline(ns))
	}
}
