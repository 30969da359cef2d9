// Hundreds of sleeps of a few microseconds, small enough for arduino: each lasts at least what was asked. On the
// RP2040 some of these alarms fire between the runtime's arming and its wfi, which the pending interrupt must end
// (the simulator once left the core asleep there for good).
package main

import "time"

func main() {
	start := time.Now()
	var total time.Duration
	short := 0
	for i := 0; i < 600; i++ {
		d := time.Duration(i%13) * 300 * time.Nanosecond
		t := time.Now()
		time.Sleep(d)
		if time.Since(t) < d {
			short++
		}
		total += d
	}
	println("too short:", short)
	println("total", time.Since(start) >= total)
}
