//go:build !gcstress_long

package main

// The test suite's run: a few seconds in avr8js.
const (
	rounds       = 3000
	collectEvery = 500
)

func report() {}

const progressEvery = rounds + 1

func progress(step int) {}
