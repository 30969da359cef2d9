//go:build cortexm && !rp2040

// The clock on Cortex-M: SysTick interrupts every millisecond (counting the core clock, cpuFrequency()), started by
// the first reading (package time's initializer reads it for time.startNano); within a millisecond, the counter's
// current value gives the fraction. There is no wall clock: time.Now counts from 1970-01-01 at start-up, and
// time.Local is UTC.

package runtime

import "unsafe"

// The SysTick registers (ARMv7-M Architecture Reference Manual, B3.3).
var (
	systCSR = (*uint32)(unsafe.Pointer(uintptr(0xe000e010)))
	systRVR = (*uint32)(unsafe.Pointer(uintptr(0xe000e014)))
	systCVR = (*uint32)(unsafe.Pointer(uintptr(0xe000e018)))
)

const (
	systEnable    = 1 << 0
	systTickInt   = 1 << 1
	systClkSource = 1 << 2 // the core clock
)

// cpuFrequency returns the core clock in Hz: the target's cpu-frequency, a constant the compiler puts in its calls.
func cpuFrequency() uint32

// waitForInterrupt sleeps until an interrupt (wfi).
func waitForInterrupt()

// tickMillis counts the SysTick interrupts: milliseconds since the clock started.
var tickMillis uint64

// tickStarted is set once SysTick runs.
var tickStarted bool

// sysTickHandler is the SysTick exception's handler.
//
//export SysTick_Handler
func sysTickHandler() {
	tickMillis++
}

// startTick starts SysTick with one interrupt per millisecond.
func startTick() {
	volatileStoreUint32(systRVR, cpuFrequency()/1000-1)
	volatileStoreUint32(systCVR, 0)
	volatileStoreUint32(systCSR, systEnable|systTickInt|systClkSource)
	tickStarted = true
}

// nanotime returns the monotonic clock in nanoseconds since the clock started.
func nanotime() int64 {
	if !tickStarted {
		startTick()
	}
	perMilli := cpuFrequency() / 1000
	for {
		ms := volatileLoadUint64(&tickMillis)
		cur := volatileLoadUint32(systCVR)
		if volatileLoadUint64(&tickMillis) == ms { // no tick in between: cur belongs to ms
			return int64(ms)*1e6 + int64(perMilli-1-cur)*1e6/int64(perMilli)
		}
	}
}

// walltime returns the time since start-up in nanoseconds: the board has no calendar clock.
func walltime() int64 { return nanotime() }

// sleepUntil waits until nanotime() reaches when, sleeping between SysTick interrupts.
func sleepUntil(when int64) {
	for nanotime() < when {
		waitForInterrupt()
	}
}
