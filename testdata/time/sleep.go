// Sleeping and a ticker, small enough for arduino: the monotonic clock advances by at least what was slept, and
// three ticks of a 10 ms ticker take at least 30 ms.
package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println("slept", el >= 20*time.Millisecond, el < 100*time.Millisecond)
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	println("ticks", time.Since(start) >= 50*time.Millisecond)
	println(time.Duration(1500 * time.Microsecond).String())
}
