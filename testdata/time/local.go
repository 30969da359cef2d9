// The local time zone, which the program finds in $TZ or /etc/localtime on the host (the test runs it with TZ=UTC,
// the golden file's zone, and with TZ=Europe/Berlin) and which is UTC on the boards, which have no file system:
// instants shown In(time.Local) on both sides of daylight saving time's changes, beyond the zone file's last
// transition (its rule string), times that do not exist or exist twice in Local, and ParseInLocation. Too big for
// arduino, as format.go is.
package main

import "time"

func main() {
	println(time.Local.String())
	for _, t := range []time.Time{
		time.Date(2023, time.January, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2023, time.July, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2023, time.March, 26, 0, 59, 59, 0, time.UTC),
		time.Date(2023, time.March, 26, 1, 0, 0, 0, time.UTC),
		time.Date(2023, time.October, 29, 0, 59, 59, 0, time.UTC),
		time.Date(2023, time.October, 29, 1, 0, 0, 0, time.UTC),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1916, time.June, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2045, time.August, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2045, time.December, 1, 0, 0, 0, 0, time.UTC),
	} {
		l := t.In(time.Local)
		name, off := l.Zone()
		println(l.Format(time.RFC3339), l.String(), name, off, l.Hour(), l.IsDST())
	}
	for _, h := range []int{1, 2, 3} {
		spring := time.Date(2023, time.March, 26, h, 30, 0, 0, time.Local)
		autumn := time.Date(2023, time.October, 29, h, 30, 0, 0, time.Local)
		println(spring.Format(time.RFC3339), spring.UTC().Format(time.RFC3339), autumn.Format(time.RFC3339), autumn.UTC().Format(time.RFC3339))
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2023-07-01 09:30", time.Local)
	println(p.Format(time.RFC1123Z), p.Unix(), err == nil)
	q, err := time.Parse(time.RFC1123, "Sat, 01 Jul 2023 09:30:00 CEST")
	println(q.Format(time.RFC1123Z), q.Unix(), err == nil)
	println(time.Unix(1700000000, 0).Format(time.UnixDate), time.UnixMilli(1e12).String())
	y := time.Date(2023, time.December, 31, 23, 0, 0, 0, time.Local)
	println(y.AddDate(0, 0, 1).String(), y.Add(time.Hour).YearDay(), y.Local().Equal(y), y.Location() == time.Local)
}
