package time

// A Time is an instant: nanoseconds on the wall clock (since 1970 where the target has a calendar clock, since
// start-up on a board) and, for times from Now, a reading of the monotonic clock, which Sub, Before, After and Equal
// use when both times have one (as Go's time does).
type Time struct {
	wall    int64
	mono    int64
	hasMono bool
}

// now returns the wall clock (seconds and nanoseconds) and the monotonic clock (runtime/timer.go).
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the monotonic clock in nanoseconds (runtime/timer.go).
func runtimeNano() int64

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{wall: sec*1e9 + int64(nsec), mono: mono, hasMono: true}
}

// Unix returns the time sec seconds and nsec nanoseconds after January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

// UnixMilli returns the time msec milliseconds after January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Time{wall: msec * 1e6} }

// UnixMicro returns the time usec microseconds after January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Time{wall: usec * 1e3} }

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns t-u, saturating at the largest or smallest Duration.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subInt64(t.mono, u.mono)
	}
	return subInt64(t.wall, u.wall)
}

// subInt64 returns a-b as a Duration, saturated.
func subInt64(a, b int64) Duration {
	d := Duration(a - b)
	switch {
	case b < 0 && d < Duration(a) && a >= 0: // overflowed upward
		return maxDuration
	case b > 0 && d > Duration(a) && a < 0: // overflowed downward
		return minDuration
	}
	return d
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	t.mono += int64(d)
	return t
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.wall == 0 && !t.hasMono }

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return floorDiv(t.wall, 1e9) }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC.
func (t Time) UnixNano() int64 { return t.wall }

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

// Round returns t stripped of its monotonic clock reading (Go's documented way to strip it is Round(0)); other
// roundings are not supported yet and return t likewise.
func (t Time) Round(d Duration) Time {
	t.hasMono, t.mono = false, 0
	return t
}

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}
