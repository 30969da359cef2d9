//go:build avr

// The clock on AVR: Timer0 counts the CPU clock divided by 64 (4 µs a count at 16 MHz) and its overflow interrupt
// (TIMER0_OVF, vector 16) counts overflows, every 1.024 ms; the clock starts at its first reading. Between
// interrupts the CPU idles in `sleep`. There is no wall clock: time.Now counts from start-up. A program that
// registers its own TIMER0_OVF handler cannot also use package time. PWM on Timer0 (machine.Timer0) keeps this
// prescaler and a 256-count period (fast PWM with TOP = 0xFF overflows as this normal mode does), so the clock is
// the same with it.

package runtime

import "unsafe"

// The Timer0 registers (ATmega328P datasheet, 15.9), as data-space addresses.
var (
	tccr0b = (*uint8)(unsafe.Pointer(uintptr(0x45)))
	tcnt0  = (*uint8)(unsafe.Pointer(uintptr(0x46)))
	timsk0 = (*uint8)(unsafe.Pointer(uintptr(0x6e)))
	tifr0  = (*uint8)(unsafe.Pointer(uintptr(0x35)))
)

const (
	timer0OverflowVector = 16
	timer0Prescale       = 64
)

// cpuFrequency returns the CPU clock in Hz: the target's cpu-frequency, a constant the compiler puts in its calls.
func cpuFrequency() uint32

// sleepCPU idles until an interrupt (targets/avr.s), with interrupts enabled.
func sleepCPU()

// nsPerCount returns the length of one Timer0 count in nanoseconds (a constant once cpuFrequency is).
func nsPerCount() uint32 { return uint32(timer0Prescale * 1000000000 / uint64(cpuFrequency())) }

// nsPerOverflow returns the length of 256 Timer0 counts in nanoseconds.
func nsPerOverflow() uint64 { return 256 * uint64(nsPerCount()) }

// timer0Nanos is the clock at Timer0's last overflow: the interrupt adds an overflow's nanoseconds, so that reading
// the clock needs no 64-bit multiplication.
var timer0Nanos uint64

// clockStarted is set once Timer0 runs.
var clockStarted bool

// timer0Overflow is the TIMER0_OVF interrupt's handler.
func timer0Overflow() {
	timer0Nanos += nsPerOverflow()
}

// startClock starts Timer0 with its overflow interrupt, and enables interrupts.
func startClock() {
	registerInterrupt(timer0OverflowVector, timer0Overflow)
	volatileStoreUint8(tccr0b, 3) // clock/64
	volatileStoreUint8(timsk0, 1) // TOIE0
	clockStarted = true
	restoreInterrupts(disableInterrupts() | 0x80) // SREG's I bit
}

// nanotime returns the monotonic clock in nanoseconds since the clock started.
func nanotime() int64 {
	if !clockStarted {
		startClock()
	}
	state := disableInterrupts()
	nanos := volatileLoadUint64(&timer0Nanos)
	count := volatileLoadUint8(tcnt0)
	if volatileLoadUint8(tifr0)&1 != 0 && count < 255 { // an overflow not yet counted (TOV0)
		nanos += nsPerOverflow()
	}
	restoreInterrupts(state)
	return int64(nanos + uint64(uint32(count)*nsPerCount()))
}

// walltime returns the time since start-up in nanoseconds: the board has no calendar clock.
func walltime() int64 { return nanotime() }

// sleepUntil waits until nanotime() reaches when, idling between Timer0 interrupts.
func sleepUntil(when int64) {
	for nanotime() < when {
		sleepCPU()
	}
}
