// Formatting and calendar arithmetic of GOROOT's package time, whose output depends on nothing but the program:
// time.Date in UTC and in fixed zones, Format with the standard layouts and custom ones, Parse, ParseDuration,
// Duration's String, Add, Sub, Truncate, Round, AddDate, Unix and UnixMilli, Weekday, YearDay, ISOWeek, In. Too big
// for arduino: about 100 KB of flash (any Format links the zone-file reader and the zone rules, since a Time may be in
// Local, and the calendar's 64-bit arithmetic is long on AVR; a lone t.Format(time.RFC3339) is 39 KB).
package main

import "time"

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	println(t.String())
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.RFC1123, time.RFC1123Z,
		time.RFC822, time.RFC850, time.UnixDate, time.Stamp, time.StampMicro, "2006-01-02 15:04:05", "2006-01-02", "15:04:05.000",
		"Monday, January 2, 2006 at 3:04pm (MST)", "02/01/06 _2 __2 002 .999 ,000000"} {
		println(t.Format(layout))
	}
	println(t.Weekday().String(), t.YearDay(), t.Unix(), t.UnixMilli(), t.UnixNano(), t.Nanosecond())
	y, w := t.ISOWeek()
	println("isoweek", y, w)
	println(t.Month().String(), t.Day(), t.Hour(), t.Minute(), t.Second())

	// Arithmetic.
	u := t.Add(36*time.Hour + 90*time.Second)
	println(u.Format(time.RFC3339Nano), u.Sub(t).String(), t.Sub(u).String(), u.After(t), u.Before(t), t.Equal(t))
	println(t.AddDate(0, 1, 30).Format(time.RFC3339), t.AddDate(-1, -3, 0).Format("2006-01-02"))
	println(t.Truncate(time.Hour).Format(time.RFC3339Nano), t.Round(time.Second).Format(time.RFC3339Nano))
	println(t.Round(time.Millisecond).Format(time.RFC3339Nano), t.Truncate(24*time.Hour).Format(time.RFC3339))
	println(time.Date(2024, time.February, 30, 25, 61, 0, 0, time.UTC).Format(time.RFC3339)) // normalized
	println(time.Unix(1700000000, 5).UTC().Format(time.RFC3339Nano), time.UnixMilli(-1).UTC().Format(time.RFC3339Nano))
	println(time.Unix(0, 0).UTC().String(), time.Time{}.String(), time.Time{}.IsZero())

	// Zones.
	ist := time.FixedZone("IST", 5*3600+1800)
	k := t.In(ist)
	println(k.String(), k.Format(time.RFC3339), k.Format(time.RFC822Z), k.Location().String())
	name, off := k.Zone()
	println(name, off, k.Equal(t), k.In(time.UTC).Format(time.RFC1123))
	west := time.Date(1999, time.December, 31, 23, 59, 59, 0, time.FixedZone("", -8*3600))
	println(west.Format(time.RFC3339), west.UTC().Format(time.RFC3339), west.String())

	// Parsing.
	for _, s := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2023-03-05T14:07:09.123456789Z"},
		{time.RFC1123Z, "Sun, 05 Mar 2023 14:07:09 -0330"},
		{"2006-01-02 15:04", "2023-12-31 23:59"},
		{time.Kitchen, "3:04PM"},
		{"Jan _2 2006", "Feb  9 2020"},
		{time.RFC3339, "2023-02-30T00:00:00Z"},
		{time.RFC3339, "not a time"},
	} {
		p, err := time.Parse(s[0], s[1])
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println(p.Format(time.RFC3339Nano), p.Unix())
	}
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "300ms", "1µs", "2us", "7ns", "", "3x", "1h1h1h"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println(d.String(), int64(d))
	}

	// Durations.
	for _, d := range []time.Duration{0, 1, 1100, 2200000, 3300000000, 100 * time.Hour, -1500 * time.Millisecond, 1<<63 - 1, -1 << 63} {
		println(d.String(), d.Truncate(time.Second).String(), d.Round(time.Minute).String(), d.Abs().String())
	}
	println(time.Duration(90 * time.Second).Minutes() == 1.5)
	println(time.Saturday.String(), time.December.String(), time.Weekday(9).String(), time.Month(13).String())
}
