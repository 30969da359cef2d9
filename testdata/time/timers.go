// Package time on every target: Sleep measured against the monotonic clock, a timer firing while goroutines sleep,
// a ticker, After in a select, AfterFunc, Stop and Reset of a timer and of a ticker, and Duration's String. Output
// does not depend on timing.
// Too big for arduino: its goroutines, channels and timers need more than the 2 KiB of RAM.
package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	el := time.Since(start)
	println("slept", el >= 50*time.Millisecond, el < 500*time.Millisecond)

	t := time.NewTimer(20 * time.Millisecond)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(2 * time.Millisecond)
			println("tick", i)
		}
		done <- true
	}()
	<-done
	<-t.C
	println("timer fired", !t.Stop())

	// A ticker keeps its phase: a tick delivered late makes the next gap shorter, but tick i comes no earlier than
	// (i+1) periods after the start.
	started := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		now := <-tk.C
		println("ticker", now.Sub(started) >= time.Duration(i+1)*10*time.Millisecond)
	}
	tk.Stop()

	select {
	case <-time.After(30 * time.Millisecond):
		println("after")
	case <-done:
		println("wrong")
	}

	fired := make(chan string, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc" })
	println(<-fired)

	stopped := time.NewTimer(time.Hour)
	println("stop", stopped.Stop(), stopped.Stop())
	stopped.Reset(time.Millisecond)
	<-stopped.C
	println("reset fired")

	slow := time.NewTicker(time.Hour)
	slow.Reset(5 * time.Millisecond)
	<-slow.C
	<-slow.C
	slow.Stop()
	println("ticker reset")

	deadline := time.Now().Add(20 * time.Millisecond)
	for time.Until(deadline) > 0 {
		time.Sleep(time.Millisecond)
	}
	println("until", !time.Now().Before(deadline))

	for _, d := range []time.Duration{0, 1, 999, 1500, 1500000, 1500000000, 61 * time.Second,
		3*time.Hour + 2*time.Minute + 500*time.Millisecond, -2 * time.Microsecond, 1<<63 - 1} {
		println(d.String(), d.Milliseconds(), d.Truncate(time.Millisecond).String(), d.Round(time.Second).String())
	}
	println(time.Duration(90*time.Minute).Hours() == 1.5, time.Unix(5, 7).UnixNano())
}
