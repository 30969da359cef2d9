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

// sleepCPU idles until an interrupt (targets/avr.s), enabling interrupts first: called with interrupts disabled, no
// interrupt can slip in between a check and the sleep (`sei` takes effect after the next instruction, the `sleep`).
func sleepCPU()

// nsPerTick returns the length of one Timer0 count, the clock's tick, in nanoseconds (a constant once cpuFrequency
// is: 4000 at 16 MHz).
func nsPerTick() uint32 { return uint32(timer0Prescale * 1000000000 / uint64(cpuFrequency())) }

// timer0Overflows counts Timer0's overflows, little-endian in 40 bits (35 years at 16 MHz). Bytes, so that the
// interrupt increments it a byte at a time, stopping at the first that does not wrap, and sleeping reads only the
// low three (with the count: ticks modulo 2^32, nothing of 64 bits).
var timer0Overflows [5]uint8

// clockStarted is set once Timer0 runs.
var clockStarted bool

// timer0Overflow is the TIMER0_OVF interrupt's handler.
func timer0Overflow() {
	low := (*uint32)(unsafe.Pointer(&timer0Overflows))
	if *low == 1<<32-1 {
		timer0Overflows[4]++
	}
	*low++
}

// startClock starts Timer0 with its overflow interrupt, and enables interrupts.
func startClock() {
	registerInterrupt(timer0OverflowVector, timer0Overflow)
	volatileStoreUint8(tccr0b, 3) // clock/64
	volatileStoreUint8(timsk0, 1) // TOIE0
	clockStarted = true
	restoreInterrupts(disableInterrupts() | 0x80) // SREG's I bit
}

// overflowPending reports whether Timer0 overflowed after its count read count but before the interrupt could
// count it (TOV0 set; a count of 255 was read before the overflow). Interrupts must be disabled.
//
//go:inline
func overflowPending(count uint8) bool {
	return volatileLoadUint8(tifr0)&1 != 0 && count != 255
}

// nanotime returns the monotonic clock in nanoseconds since the clock started.
func nanotime() int64 {
	if !clockStarted {
		startClock()
	}
	state := disableInterrupts()
	count := volatileLoadUint8(tcnt0)
	var t uint64
	for i := len(timer0Overflows) - 1; i >= 0; i-- {
		t = t<<8 | uint64(volatileLoadUint8(&timer0Overflows[i]))
	}
	t = t<<8 | uint64(count)
	if overflowPending(count) {
		t += 256
	}
	restoreInterrupts(state)
	return int64(t * uint64(nsPerTick()))
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

// sleepFor waits ns nanoseconds (time.Sleep when main is the only task) in ticks, rounded up. It is inlined so that a
// constant duration's conversion folds; others call libgcc's 64-bit division.
//
//go:inline
func sleepFor(ns int64) {
	if ns <= 0 {
		return
	}
	n := uint64(ns-1)/uint64(nsPerTick()) + 1
	for n > 1<<30 {
		sleepTicks(1 << 30)
		n -= 1 << 30
	}
	sleepTicks(uint32(n))
}

// sleepTicks waits until more than n ticks have passed (n < 2^30), so at least n ticks of time. It sleeps while an
// overflow interrupt is due before the end, then polls the count for the last, tick-precise part (at most 256
// ticks, 1 ms, with interrupts enabled between the reads). Out of line: each time.Sleep is then a constant and a
// call.
//
//go:noinline
func sleepTicks(n uint32) {
	if !clockStarted {
		startClock()
	}
	state := disableInterrupts()
	end := ticks() + n + 1
	for {
		disableInterrupts()
		left := end - ticks()
		if int32(left) <= 0 {
			break
		}
		if left > 256 {
			sleepCPU()
		} else {
			restoreInterrupts(state | 0x80)
		}
	}
	restoreInterrupts(state)
}

// ticks returns the clock in ticks modulo 2^32; interrupts must be disabled.
//
//go:noinline
func ticks() uint32 {
	count := volatileLoadUint8(tcnt0)
	t := uint32(volatileLoadUint8(&timer0Overflows[2]))<<24 | uint32(volatileLoadUint8(&timer0Overflows[1]))<<16 |
		uint32(volatileLoadUint8(&timer0Overflows[0]))<<8 | uint32(count)
	if overflowPending(count) {
		t += 256
	}
	return t
}
