// std: time — fixed dates made with time.Date in UTC (and a fixed zone): Format with the predefined layouts and
// custom ones, Parse, arithmetic (Add, Sub, AddDate, normalisation of out-of-range fields), the calendar (Weekday,
// YearDay, ISOWeek, leap years), Unix times, Truncate/Round, comparisons and the String methods, printed with
// println. Nothing here reads a clock.
package main

import "time"

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	println(t.String())
	for _, layout := range []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMicro, "2006-01-02", "Mon Jan _2 15:04:05.000 MST 2006", "02/01/06 03:04PM .999 -0700 Z07:00", "Monday, January 2, 2006 at 3pm", "__2 002"} {
		println(t.Format(layout))
	}
	println(t.Year(), t.Month().String(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday().String(), t.YearDay())
	y, w := t.ISOWeek()
	println(y, w, t.Unix(), t.UnixMilli(), t.UnixNano())

	u := t.Add(36*time.Hour + 30*time.Minute)
	println(u.Format(time.RFC3339), u.Sub(t).String(), t.Sub(u).String(), u.After(t), u.Before(t), t.Equal(t.Add(0)))
	println(t.AddDate(0, 1, 25).Format("2006-01-02"), t.AddDate(-9, 3, 0).Format("2006-01-02 Mon"), t.AddDate(0, 0, -365).Format("2006-01-02"))
	println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), time.Date(2020, 13, 1, 25, 61, 0, 0, time.UTC).Format(time.RFC3339))
	println(time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC).Weekday().String(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Weekday().String())
	println(t.Truncate(time.Hour).Format(time.RFC3339Nano), t.Round(time.Second).Format(time.RFC3339Nano), t.Truncate(24*time.Hour).Format(time.RFC3339))

	epoch := time.Unix(0, 0).UTC()
	println(epoch.Format(time.RFC3339), time.Unix(1700000000, 5).UTC().Format(time.RFC3339Nano), time.UnixMilli(-1).UTC().Format(time.RFC3339Nano))
	var zero time.Time
	println(zero.IsZero(), zero.String(), zero.Unix(), t.IsZero())

	zone := time.FixedZone("EST", -5*3600)
	tz := time.Date(2021, 7, 4, 12, 0, 0, 0, zone)
	name, off := tz.Zone()
	println(tz.Format(time.RFC1123Z), tz.UTC().Format(time.RFC3339), name, off, tz.In(time.UTC).Hour(), tz.Location().String())

	for _, s := range []string{"2006-01-02T15:04:05Z", "2021-03-04T05:06:07.89+02:00", "2021-02-30T00:00:00Z", "not a date"} {
		p, err := time.Parse(time.RFC3339, s)
		if err != nil {
			println("parse", s, "->", err.Error())
		} else {
			println("parse", s, "->", p.UTC().Format(time.RFC3339Nano), p.Unix())
		}
	}
	p, err := time.Parse("Jan 2 2006 15:04", "Mar 7 2019 08:30")
	println(p.String(), err == nil)
	println(time.March.String(), time.Saturday.String(), time.Month(13).String(), time.Weekday(9).String())
	b, _ := t.MarshalText()
	println(string(b))
}
