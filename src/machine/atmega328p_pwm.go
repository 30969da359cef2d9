//go:build atmega328p

// The ATmega328P's PWM: its three timers as machine.Timer0, Timer1 and Timer2, each a counter with two output
// channels (A = 0, B = 1) on fixed pins, with TinyGo's PWM API. Every timer runs in fast PWM mode (datasheet 15.7.3,
// 16.9.3, 18.7.3): the counter counts from 0 to TOP, the output goes high at 0 and low after the count equals the
// channel's compare register OCRnx, so a value v of Top() drives the pin high for v counts of Top() (OCRnx = v-1).
//
//   - Timer0 (8 bits; D6 = A, D5 = B) is also the runtime's clock (runtime/time_avrclock.go counts its overflows at
//     clock/64). Its prescaler and its 256-count TOP are therefore fixed, and so is its period: 1.024 ms at 16 MHz
//     (976.5625 Hz, the frequency of the Arduino core's analogWrite on pins 5 and 6 for the same reason). Fast PWM
//     with TOP = 0xFF overflows exactly as the clock's normal mode does, so time.Sleep stays exact.
//   - Timer1 (16 bits; D9 = A, D10 = B) takes any period up to 4.19 s: TOP in ICR1 (mode 14) and the smallest
//     prescaler (1, 8, 64, 256, 1024) that makes it fit in 16 bits.
//   - Timer2 (8 bits; D11 = A, D3 = B) has TOP = 0xFF and its own prescalers (1, 8, 32, 64, 128, 256, 1024), so
//     seven periods: 16, 128, 512, 1024, 2048, 4096 and 16384 µs at 16 MHz.
//
// The pin's PORT bit holds the channel's inverting flag (SetInverting) and is the level the pin keeps while the
// channel's output is off: a channel is connected to its pin (COMnx1, plus COMnx0 when inverting) only by Set with a
// value above 0, so a value of 0 is a steady low (high when inverted) rather than the one-count spike of OCRnx = 0.
// Timer1's 16-bit registers go through the chip's shared TEMP byte (high byte written first, low byte read first)
// with interrupts masked. Nothing here allocates; errors are machineError values.

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// PWM is one of the chip's timers used for PWM: a counter whose period all its channels share, and two output
// channels on fixed pins.
type PWM struct {
	num uint8
}

// The chip's timers as PWM peripherals.
var (
	// Timer0 is the 8-bit Timer/Counter0 (channels on D6 and D5), shared with the runtime's clock: its period is
	// fixed at 256*64 CPU cycles (1.024 ms).
	Timer0 = PWM{0}
	// Timer1 is the 16-bit Timer/Counter1 (channels on D9 and D10), with a free choice of period.
	Timer1 = PWM{1}
	// Timer2 is the 8-bit Timer/Counter2 (channels on D11 and D3), with seven periods.
	Timer2 = PWM{2}
)

// Fast PWM's waveform-generation bits: WGMn1|WGMn0 in TCCRnA (mode 3, TOP = 0xFF, on the 8-bit timers); with
// WGM13|WGM12 in TCCR1B, Timer1's mode 14 (TOP = ICR1).
const (
	wgmFastPWM      = avr.TCCR0A_WGM01 | avr.TCCR0A_WGM00
	wgm1FastPWMICRA = avr.TCCR1A_WGM11
	wgm1FastPWMICRB = avr.TCCR1B_WGM13 | avr.TCCR1B_WGM12
)

// clockSelectMask selects TCCRnB's clock-select bits CSn2:0 (0: the timer is stopped).
const clockSelectMask = 7

// timer0ClockSelect is Timer0's one clock select, clock/64: what runtime/time_avrclock.go counts with.
const timer0ClockSelect = 3

// Configure sets the timer's period and starts it, with both channels' outputs off. Period 0 picks the timer's
// shortest 256-count period (16 µs at 16 MHz; Timer0's only period, 1.024 ms). The 8-bit timers accept only their
// own periods (see Timer0 and Timer2) and return ErrPWMPeriodTooLong for any other; Timer1 returns it beyond 4.19 s.
//
//go:inline
func (pwm PWM) Configure(config PWMConfig) error {
	if pwm.num == 1 {
		return configureTimer1(config.Period)
	}
	return pwm.configure8(config.Period)
}

// SetPeriod changes the period of a running timer, keeping its channels' compare values (which may need Set again).
// On Timer1 it keeps the prescaler Configure chose, as TinyGo does: configure the longest period first to switch
// between periods later; the counter restarts from 0. The 8-bit timers accept the periods Configure accepts.
//
//go:inline
func (pwm PWM) SetPeriod(period uint64) error {
	if pwm.num == 1 {
		return setPeriodTimer1(period)
	}
	cs, err := pwm.clockSelect8(period)
	if err == nil {
		pwm.setClockSelect8(cs)
	}
	return err
}

// configureTimer1 puts Timer1 in fast PWM with TOP = ICR1 (mode 14) at the smallest prescaler whose 16-bit count
// holds the period.
func configureTimer1(period uint64) error {
	cycles, err := periodCycles(period)
	if err != nil {
		return err
	}
	cs := uint8(1)
	for cycles>>Timer1.clockShift(cs) > 0x10000 {
		if cs == 5 {
			return ErrPWMPeriodTooLong
		}
		cs++
	}
	if err := setTopTimer1(cycles >> Timer1.clockShift(cs)); err != nil {
		return err
	}
	avr.TCCR1A.Set(wgm1FastPWMICRA)
	avr.TCCR1B.Set(wgm1FastPWMICRB | cs)
	pwmClockSelect[1] = cs
	return nil
}

// setPeriodTimer1 sets Timer1's period at the prescaler it runs with.
func setPeriodTimer1(period uint64) error {
	cycles, err := periodCycles(period)
	if err != nil {
		return err
	}
	return setTopTimer1(cycles >> Timer1.clockShift(avr.TCCR1B.Get()&clockSelectMask))
}

// setTopTimer1 makes a period top counts long (ICR1 = top-1) and restarts the count: ICR1 is not double-buffered,
// and a count already above the new TOP would run on to 0xFFFF.
func setTopTimer1(top uint32) error {
	if top > 0x10000 {
		return ErrPWMPeriodTooLong
	}
	if top < 2 {
		return ErrPWMPeriodTooShort
	}
	state := interrupt.Disable()
	write16(avr.ICR1H, avr.ICR1L, uint16(top-1))
	write16(avr.TCNT1H, avr.TCNT1L, 0)
	interrupt.Restore(state)
	return nil
}

// configure8 puts an 8-bit timer in fast PWM with TOP = 0xFF (mode 3), channels off, clocked for the period.
func (pwm PWM) configure8(period uint64) error {
	cs, err := pwm.clockSelect8(period)
	if err != nil {
		return err
	}
	pwm.controlA().Set(wgmFastPWM)
	pwm.setClockSelect8(cs)
	return nil
}

// clockSelect8 returns the clock select whose 256 counts make an 8-bit timer's period (0: the shortest, except on
// Timer0, whose only clock select is the runtime clock's).
func (pwm PWM) clockSelect8(period uint64) (uint8, error) {
	cycles, err := periodCycles(period)
	if err != nil {
		return 0, err
	}
	last := uint8(5)
	switch {
	case pwm.num == 2:
		last = 7
	case period == 0:
		cycles = 256 << 6
	}
	cs := uint8(1)
	for cycles != 256<<pwm.clockShift(cs) {
		if cs == last {
			return 0, ErrPWMPeriodTooLong
		}
		cs++
	}
	if pwm.num == 0 && cs != timer0ClockSelect {
		return 0, ErrPWMPeriodTooLong
	}
	return cs, nil
}

// setClockSelect8 starts an 8-bit timer's clock. It writes TCCRnB only on a change: a write restarts the prescaler's
// count in avr8js, which on Timer0 would disturb the runtime clock.
func (pwm PWM) setClockSelect8(cs uint8) {
	pwmClockSelect[pwm.num] = cs
	if b := pwm.controlB(); b.Get() != cs {
		b.Set(cs)
	}
}

// Top returns the number of counts in a period: the value of Set that keeps the output high all the time (256 on
// the 8-bit timers, ICR1+1 on Timer1). It changes only with Configure and SetPeriod.
func (pwm PWM) Top() uint32 {
	if pwm.num == 1 {
		state := interrupt.Disable()
		top := read16(avr.ICR1L, avr.ICR1H)
		interrupt.Restore(state)
		return uint32(top) + 1
	}
	return 256
}

// Counter returns the timer's current count, for debugging.
func (pwm PWM) Counter() uint32 {
	switch pwm.num {
	case 0:
		return uint32(avr.TCNT0.Get())
	case 1:
		state := interrupt.Disable()
		count := read16(avr.TCNT1L, avr.TCNT1H)
		interrupt.Restore(state)
		return uint32(count)
	}
	return uint32(avr.TCNT2.Get())
}

// Period returns the timer's period in nanoseconds (rounded down), or 0 while it is stopped.
func (pwm PWM) Period() uint64 {
	cs := pwm.controlB().Get() & clockSelectMask
	if cs == 0 {
		return 0
	}
	return cyclesToNs(pwm.Top() << pwm.clockShift(cs))
}

// Enable starts (true) or stops (false) the timer's counter, keeping its configuration; the outputs stay at their
// level while it is stopped. Stopping Timer0 stops the runtime's clock too: time stands still until it runs again.
func (pwm PWM) Enable(enable bool) {
	b := pwm.controlB()
	if !enable {
		b.ClearBits(clockSelectMask)
		return
	}
	if b.Get()&clockSelectMask == 0 {
		cs := pwmClockSelect[pwm.num]
		if pwm.num == 0 || cs == 0 {
			cs = timer0ClockSelect
		}
		b.SetBits(cs)
	}
}

// pwmClockSelect holds the clock select Configure chose for each timer, for Enable (an unused array costs nothing:
// LLVM removes a global that is never read).
var pwmClockSelect [3]uint8

// Channel returns the channel whose output is pin (0 for the timer's A output, 1 for B), or ErrInvalidOutputPin.
// It makes the pin an output, low (non-inverting), with the channel's output off until Set.
func (pwm PWM) Channel(pin Pin) (uint8, error) {
	var channel uint8
	switch pin {
	case pwm.pin(0):
		channel = 0
	case pwm.pin(1):
		channel = 1
	default:
		return 0, ErrInvalidOutputPin
	}
	pwm.controlA().ClearBits(comBits(channel))
	p := pwm.pin(channel)
	p.Configure(PinConfig{Mode: PinOutput})
	p.Low()
	return channel, nil
}

// SetInverting sets whether the channel's output is inverted: a value of Top()/4 is then low a quarter of the
// period and high the rest, and 0 a steady high. It takes effect at once.
func (pwm PWM) SetInverting(channel uint8, inverting bool) {
	pwm.pin(channel).Set(inverting)
	a := pwm.controlA()
	com1, com0 := comBits(channel)&0xaa, comBits(channel)&0x55
	if !a.HasBits(com1) {
		return
	}
	if inverting {
		a.SetBits(com0)
	} else {
		a.ClearBits(com0)
	}
}

// Set sets the channel's duty cycle: the output is high for value counts of Top() (low when inverted). 0 is a
// steady low, Top() (or more) a steady high.
func (pwm PWM) Set(channel uint8, value uint32) {
	a := pwm.controlA()
	if value == 0 {
		a.ClearBits(comBits(channel))
		return
	}
	if top := pwm.Top(); value > top {
		value = top
	}
	pwm.setCompare(channel, uint16(value-1))
	mode := comBits(channel) & 0xaa // COMnx1: clear on compare match, set at BOTTOM
	if port, mask := pwm.pin(channel).portRegister(2); port.HasBits(mask) {
		mode = comBits(channel) // COMnx1|COMnx0: the inverse
	}
	a.Set(a.Get()&^comBits(channel) | mode)
}

// pin returns the channel's output pin.
//
//go:inline
func (pwm PWM) pin(channel uint8) Pin {
	switch pwm.num {
	case 0:
		if channel == 0 {
			return PD6
		}
		return PD5
	case 1:
		if channel == 0 {
			return PB1
		}
		return PB2
	}
	if channel == 0 {
		return PB3
	}
	return PD3
}

// comBits returns the channel's two compare-output-mode bits in TCCRnA (COMnA1:0 for channel 0, COMnB1:0 for 1; the
// same positions on every timer).
//
//go:inline
func comBits(channel uint8) uint8 {
	if channel == 0 {
		return avr.TCCR0A_COM0A1 | avr.TCCR0A_COM0A0
	}
	return avr.TCCR0A_COM0B1 | avr.TCCR0A_COM0B0
}

// controlA returns the timer's TCCRnA (compare output modes and the low waveform bits).
//
//go:inline
func (pwm PWM) controlA() *volatile.Register8 {
	switch pwm.num {
	case 0:
		return avr.TCCR0A
	case 1:
		return avr.TCCR1A
	}
	return avr.TCCR2A
}

// controlB returns the timer's TCCRnB (clock select and the high waveform bits).
//
//go:inline
func (pwm PWM) controlB() *volatile.Register8 {
	switch pwm.num {
	case 0:
		return avr.TCCR0B
	case 1:
		return avr.TCCR1B
	}
	return avr.TCCR2B
}

// setCompare writes the channel's compare register (double-buffered by the chip in fast PWM: it takes effect at the
// next period).
func (pwm PWM) setCompare(channel uint8, value uint16) {
	switch pwm.num {
	case 0:
		if channel == 0 {
			avr.OCR0A.Set(uint8(value))
		} else {
			avr.OCR0B.Set(uint8(value))
		}
	case 1:
		state := interrupt.Disable()
		if channel == 0 {
			write16(avr.OCR1AH, avr.OCR1AL, value)
		} else {
			write16(avr.OCR1BH, avr.OCR1BL, value)
		}
		interrupt.Restore(state)
	default:
		if channel == 0 {
			avr.OCR2A.Set(uint8(value))
		} else {
			avr.OCR2B.Set(uint8(value))
		}
	}
}

// clockShift returns the prescaler that clock-select value cs (1-5; 1-7 on Timer2) chooses, as a power of two:
// Timer0 and Timer1 divide by 1, 8, 64, 256 or 1024, Timer2 by 1, 8, 32, 64, 128, 256 or 1024.
func (pwm PWM) clockShift(cs uint8) uint8 {
	switch {
	case cs <= 1:
		return 0
	case cs == 2:
		return 3
	case pwm.num == 2 && cs < 7:
		return cs + 2
	case pwm.num == 2:
		return 10
	}
	return 2 * cs // 3, 4, 5: 64, 256, 1024
}

// periodCycles converts a period in nanoseconds to CPU cycles, rounded down (0: 256 cycles); beyond 2^32-1 ns
// (longer than any timer's period) it returns ErrPWMPeriodTooLong. The arithmetic stays in 32 bits.
func periodCycles(ns uint64) (uint32, error) {
	if ns == 0 {
		return 256, nil
	}
	if ns > 0xffffffff {
		return 0, ErrPWMPeriodTooLong
	}
	mhz := CPUFrequency() / 1000000
	n := uint32(ns)
	return n/1000*mhz + n%1000*mhz/1000, nil
}

// cyclesToNs converts CPU cycles (at most 2^26, Timer1's longest period) to nanoseconds, rounded down, in 32 bits.
func cyclesToNs(cycles uint32) uint64 {
	mhz := CPUFrequency() / 1000000
	return uint64(cycles/mhz*1000 + cycles%mhz*1000/mhz)
}

// write16 writes a 16-bit timer register through the TEMP byte: high byte first. Interrupts must be masked.
//
//go:inline
func write16(high, low *volatile.Register8, value uint16) {
	high.Set(uint8(value >> 8))
	low.Set(uint8(value))
}

// read16 reads a 16-bit timer register through the TEMP byte: low byte first. Interrupts must be masked.
//
//go:inline
func read16(low, high *volatile.Register8) uint16 {
	l := low.Get()
	return uint16(high.Get())<<8 | uint16(l)
}
