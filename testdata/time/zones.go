// Time zones loaded by name, on the host only (the boards have no zone files): LoadLocation from the system's
// zoneinfo directory, "UTC" and "" and "Local", an unknown name, and conversions between the zones.
package main

import "time"

func main() {
	t := time.Date(2023, time.June, 1, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC", "", "Etc/GMT+5", "No/Such_Zone", "../etc"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			println(name, "error:", err.Error())
			continue
		}
		z := t.In(loc)
		abbr, off := z.Zone()
		w := time.Date(2023, time.December, 1, 12, 0, 0, 0, loc)
		wabbr, woff := w.Zone()
		println(loc.String(), z.Format(time.RFC3339), abbr, off, w.Format("Jan 2 15:04 MST -07:00"), wabbr, woff)
	}
	ny, _ := time.LoadLocation("America/New_York")
	start, end := time.Date(2023, time.March, 12, 6, 59, 0, 0, time.UTC).In(ny).ZoneBounds()
	println(start.String(), end.String())
	p, err := time.ParseInLocation("Jan 2 2006 3:04PM", "Nov 5 2023 1:30AM", ny)
	println(p.String(), err == nil)
}
