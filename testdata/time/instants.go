// Instants without the calendar, small enough for arduino: times from Unix, UnixMilli and UnixMicro read back,
// compared, added and subtracted (Sub saturating), Now's monotonic reading and Round(0), which strips it, IsZero,
// and Duration's floating-point conversions.
package main

import "time"

func main() {
	a := time.Unix(1700000000, 250)
	b := time.UnixMilli(1700000000123)
	c := time.UnixMicro(-1)
	println(a.Unix(), a.UnixNano(), b.UnixMilli(), b.UnixMicro(), c.Unix(), c.UnixMilli(), c.Nanosecond())
	println(b.Sub(a).String(), a.Sub(b).String(), a.Before(b), a.After(b), a.Equal(a.Add(0)))
	println(a.Add(36*time.Hour).Sub(a).String(), c.Sub(a).String(), a.Add(-time.Duration(1<<62)).Sub(a.Add(time.Duration(1<<62))).String())
	now := time.Now()
	later := now.Add(time.Second)
	println(later.Sub(now).String(), later.Round(0).Sub(now.Round(0)).String(), now.Round(0).Equal(now), time.Since(now) >= 0)
	println(time.Time{}.IsZero(), time.Unix(0, 0).IsZero(), time.Unix(-62135596800, 0).IsZero())
	println(time.Duration(90*time.Minute).Hours() == 1.5, time.Duration(90*time.Second).Minutes() == 1.5,
		time.Duration(1500*time.Millisecond).Seconds() == 1.5)
}
