// Package time through fmt: Time, Duration, Month, Weekday and Location print through their String methods with
// %v and Println, %s of a Time, a Time's GoString with %#v, and errors from Parse and ParseDuration with %v and %w.
// Too big for arduino: fmt and the calendar together are far over its 32 KB of flash.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 500, time.UTC)
	fmt.Println(t, t.Month(), t.Weekday(), t.Location())
	fmt.Printf("%v|%s|%d|%v\n", 90*time.Minute, 1500*time.Microsecond, time.Second, []time.Duration{1, 2000, 3e9})
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.In(time.FixedZone("X", 3600)))
	fmt.Println(t.Format(time.RFC850), t.UTC(), t.Add(time.Hour).Sub(t))
	_, err := time.Parse(time.RFC3339, "2023-13-01T00:00:00Z")
	fmt.Printf("%v\n", err)
	var pe *time.ParseError
	fmt.Println(errors.As(err, &pe), pe.Value, pe.Message)
	_, err = time.ParseDuration("5 minutes")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Println(fmt.Sprint(time.Unix(0, 0).UTC()), fmt.Sprintf("%10s|%-8v|", time.Duration(42), time.Saturday))
}
