// std: time — Duration: String for every magnitude, arithmetic, Truncate, Round, Abs, Hours/Minutes/Seconds/
// Milliseconds/Microseconds, ParseDuration with its errors, and the unit constants, printed with println. Nothing
// here reads a clock.
package main

import "time"

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 500*time.Microsecond, time.Second, 90 * time.Second, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond, -2 * time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour}
	for _, d := range ds {
		println(d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 678*time.Millisecond
	println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	println(d.Truncate(time.Minute).String(), d.Round(time.Minute).String(), d.Round(time.Hour).String(), d.Truncate(0).String(), d.Round(7*time.Second).String())
	println((-d).Abs().String(), time.Duration(-1<<63).Abs().String(), (d / 3).String(), (d * 2).String(), (d % time.Minute).String())
	println((time.Second - time.Nanosecond).String(), (2 * time.Second / 3).String(), time.Duration(1.5*float64(time.Second)).String())
	for _, s := range []string{"1h2m3s", "1.5h", "-2m30s", "300ms", "1us", "1µs", "2h45m0.5s", "0", "+5s", "1", "", "1x", "9999999999h", ".5s", "1h1h"} {
		v, err := time.ParseDuration(s)
		if err != nil {
			println(s, "->", err.Error())
		} else {
			println(s, "->", v.String())
		}
	}
	println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour))
	println(time.Duration(5).Seconds() < 1e-8, time.Minute > time.Second, time.Duration(1e9) == time.Second)
}
