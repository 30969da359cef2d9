//go:build avr

// The clock on AVR: Timer0 counts the CPU clock divided by 64 (a tick: 4 µs at 16 MHz) and its overflow interrupt
// (TIMER0_OVF, vector 16) counts overflows, every 1.024 ms; the clock starts at its first reading (package time's
// initializer reads it for time.startNano). A sleep idles the CPU in `sleep` between interrupts and polls the count
// for its last part, so it ends on the tick. The clock's code is assembly (targets/avr.s), a third of its size in Go
// with LLVM 14. There is no wall clock: time.Now counts from 1970-01-01 at start-up, and time.Local is UTC. A program that registers its own TIMER0_OVF handler cannot also use package time. PWM on Timer0
// (machine.Timer0) keeps this prescaler and a 256-count period (fast PWM with TOP = 0xFF overflows as this normal
// mode does), so the clock is the same with it.

package runtime

const (
	timer0OverflowVector = 16
	timer0Prescale       = 64
)

// cpuFrequency returns the CPU clock in Hz: the target's cpu-frequency, a constant the compiler puts in its calls.
func cpuFrequency() uint32

// nsPerTick returns the length of one Timer0 count, the clock's tick, in nanoseconds (a constant once cpuFrequency
// is: 4000 at 16 MHz).
func nsPerTick() uint32 { return uint32(timer0Prescale * 1000000000 / uint64(cpuFrequency())) }

// The clock's assembly (targets/avr.s): the overflow interrupt's handler, the clock's reading in ticks (48 bits;
// the first reading starts the clock), and the wait for a number of ticks.
func timer0Overflow()
func clockTicks() uint64
func waitTicks(n uint32)

// clockVector makes timer0Overflow the TIMER0_OVF interrupt's handler: the registerInterrupt call in it, the one
// for the clock, registers the vector at compile time (passes/interrupts.ts) and does nothing at run time. (A program that registers its own
// TIMER0_OVF handler cannot also use the clock: the second registration is an error.)
//
//go:inline
func clockVector() {
	registerInterrupt(timer0OverflowVector, timer0Overflow)
}

// nanotime returns the monotonic clock in nanoseconds since the clock started.
func nanotime() int64 {
	clockVector()
	return int64(clockTicks() * uint64(nsPerTick()))
}

// walltime returns the time since start-up in nanoseconds: the board has no calendar clock.
func walltime() int64 { return nanotime() }

// sleepUntil waits until nanotime() reaches when (the scheduler's wait for its next timer), idling between Timer0
// interrupts.
func sleepUntil(when int64) {
	if now := nanotime(); now < when {
		sleepFor(when - now)
	}
}

// sleepFor waits ns nanoseconds (time.Sleep when main is the only task): more than n ticks, rounded up, so at least
// ns. It is inlined so that a constant duration's conversion folds (others call libgcc's 64-bit division) and each
// time.Sleep is a constant and a call.
//
//go:inline
func sleepFor(ns int64) {
	clockVector()
	if ns <= 0 {
		return
	}
	n := uint64(ns-1)/uint64(nsPerTick()) + 1
	for n > 1<<30 {
		waitTicks(1 << 30)
		n -= 1 << 30
	}
	waitTicks(uint32(n))
}
