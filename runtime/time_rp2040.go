//go:build rp2040

// The clock on the RP2040: the TIMER block's 64-bit count of microseconds since it left reset (RP2040 datasheet,
// 4.6), which counts the watchdog's 1 µs tick made from clk_ref (initHardware in runtime_rp2040.go takes the TIMER out
// of reset and starts the tick generator). nanotime reads the raw count, high-low-high, so it has no latch that an
// interrupt could disturb. A sleep arms ALARM0 for the wake-up time and sleeps in `wfi` until its interrupt,
// TIMER_IRQ_0 (IRQ 0, whose handler only acknowledges it), wakes the core: no SysTick, no interrupt between sleeps.
// The alarm compares the count's low 32 bits with ALARM0, so one sleeps at most maxAlarmNs and a longer wait arms it
// again. There is no wall clock: time.Now counts from 1970-01-01 at start-up, and time.Local is UTC. A program that
// registers its own handler for IRQ 0 cannot also use package time.

package runtime

import (
	"device/rp"
	"unsafe"
)

const (
	// timerIRQ0 is TIMER_IRQ_0, ALARM0's interrupt (datasheet 2.3.2, "Interrupts").
	timerIRQ0 = 0
	// alarm0 is ALARM0's bit in the TIMER's ARMED, INTR and INTE registers.
	alarm0 = 1 << 0
	// maxAlarmNs bounds one alarm, so that the microseconds to it fit micros's 32 bits (and stay far from the
	// alarm comparison's wrap-around after 71 minutes).
	maxAlarmNs = 4000000000
)

// micros returns ns/1000, rounded up, for ns up to maxAlarmNs, without a division (the Cortex-M0+ has none: libgcc's
// would add 270 bytes): n/1000 is (n/8)/125, and for m < 2^29, m/125 is (m * ceil(2^36/125)) >> 36, exactly
// (ceil(2^36/125)*125 - 2^36 = 14, at most 2^(36-29); checked under gc for every n up to maxAlarmNs+999).
func micros(ns uint32) uint32 {
	return uint32(uint64((ns+999)>>3) * 549755814 >> 36)
}

// nvicISER is the NVIC's interrupt set-enable register (ARMv6-M Architecture Reference Manual, B3.4).
var nvicISER = (*uint32)(unsafe.Pointer(uintptr(0xe000e100)))

// waitForInterrupt sleeps until an interrupt (wfi, targets/cortex-m-common.s). With interrupts masked, a pending
// interrupt still ends it; its handler runs once they are unmasked.
func waitForInterrupt()

// alarmStarted is set once ALARM0's interrupt is enabled.
var alarmStarted bool

// timerAlarm0 is TIMER_IRQ_0's handler: it clears ALARM0's raw interrupt (write 1 to clear), which lowers the IRQ.
// The sleeper it woke reads the clock itself.
func timerAlarm0() {
	rp.TIMER.INTR.Set(alarm0)
}

// startAlarm enables ALARM0's interrupt in the TIMER and the NVIC.
func startAlarm() {
	registerInterrupt(timerIRQ0, timerAlarm0)
	rp.Set(&rp.TIMER.INTE).Set(alarm0)
	volatileStoreUint32(nvicISER, 1<<timerIRQ0)
	alarmStarted = true
}

// timerMicros returns the TIMER's count: microseconds since it left reset. The high word is read again after the
// low one; if it changed, the low word wrapped in between and the reading is repeated (datasheet 4.6.2).
func timerMicros() uint64 {
	for {
		hi := rp.TIMER.TIMERAWH.Get()
		lo := rp.TIMER.TIMERAWL.Get()
		if rp.TIMER.TIMERAWH.Get() == hi {
			return uint64(hi)<<32 | uint64(lo)
		}
	}
}

// nanotime returns the monotonic clock in nanoseconds since the TIMER left reset.
func nanotime() int64 {
	return int64(timerMicros()) * 1000
}

// walltime returns the time since start-up in nanoseconds: the board has no calendar clock.
func walltime() int64 { return nanotime() }

// sleepUntil waits until nanotime() reaches when (the scheduler's wait for its next timer), the core asleep until
// ALARM0 fires.
func sleepUntil(when int64) {
	for {
		now := timerMicros()
		ns := when - int64(now)*1000
		if ns <= 0 {
			return
		}
		if ns > maxAlarmNs {
			ns = maxAlarmNs
		}
		alarmWait(now + uint64(micros(uint32(ns)))) // the first count at or past when (or maxAlarmNs)
	}
}

// sleepFor waits ns nanoseconds (time.Sleep when main is the only task) in microseconds, rounded up. It is inlined so
// that a constant duration's conversion folds, leaving a constant and a call.
//
//go:inline
func sleepFor(ns int64) {
	if ns > 0 {
		sleepMicros(uint64(ns-1)/1000 + 1)
	}
}

// sleepMicros waits until the count has advanced by us, the core asleep until ALARM0 fires.
//
//go:noinline
func sleepMicros(us uint64) {
	target := timerMicros() + us
	for {
		now := timerMicros()
		if now >= target {
			return
		}
		if target-now > maxAlarmNs/1000 {
			alarmWait(now + maxAlarmNs/1000)
		} else {
			alarmWait(target)
		}
	}
}

// alarmWait arms ALARM0 for the count target (at most maxAlarmNs ahead) and sleeps until it fires or another
// interrupt comes (its handler runs, and the caller looks at the clock again). Interrupts are masked from the arming
// to the `wfi`, so that an alarm firing in between is still pending there and ends the `wfi` at once (its handler
// would otherwise run before the `wfi` and leave nothing to wake it).
func alarmWait(target uint64) {
	if !alarmStarted {
		startAlarm()
	}
	state := disableInterrupts()
	rp.TIMER.ALARM[0].Set(uint32(target)) // arms ALARM0
	if timerMicros() < target {
		waitForInterrupt()
	} else {
		rp.TIMER.ARMED.Set(alarm0) // already reached: the comparison would next match after a wrap-around
	}
	restoreInterrupts(state)
}
