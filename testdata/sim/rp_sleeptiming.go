// time.Sleep against the monotonic clock on the pico: the nanoseconds each of a few sleeps took, measured by
// time.Since and printed after all of them (compiler/build/time.test.ts checks the bounds).
package main

import "time"

var durations = [...]time.Duration{
	time.Microsecond,
	10 * time.Microsecond,
	100 * time.Microsecond,
	time.Millisecond,
	20 * time.Millisecond,
	500 * time.Millisecond,
	3 * time.Second,
	5 * time.Second, // longer than one alarm (4 s)
}

func main() {
	var took [len(durations)]time.Duration
	for i, d := range durations {
		t := time.Now()
		time.Sleep(d)
		took[i] = time.Since(t)
	}
	for i, d := range durations {
		println(int64(d), int64(took[i]))
	}
}
