// Durations, small enough for arduino: Duration's String, Truncate, Round, Abs and integer conversions, and
// ParseDuration with its errors.
package main

import "time"

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1100, 2200000, 3300000000, 61 * time.Second, 100*time.Hour + 1,
		-1500 * time.Millisecond, 1<<63 - 1, -1 << 63} {
		println(d.String(), d.Truncate(time.Second).String(), d.Round(time.Minute).String(), d.Abs().String(),
			d.Milliseconds(), d.Microseconds())
	}
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "+300ms", "1µs", "2us", "7ns", ".5h", "0", "", "3x", "1h1h",
		"9223372036854775807ns", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println(d.String(), int64(d))
	}
}
