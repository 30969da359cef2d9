//go:build rp2040

// The RP2040's PWM block with TinyGo's API: eight slices PWM0-PWM7, each a 16-bit counter with two outputs, channel A
// on the even GPIO and channel B on the odd one (slice n drives GPIO 2n and 2n+1, and 16+2n and 16+2n+1). Configure
// picks the clock divider and the counter's wrap value (TOP) for the period: the smallest divider (in 1/16ths, up to
// 255 15/16) that lets the period fit 16 bits, so the duty cycle keeps the most resolution. Set(channel, value)
// compares the counter with value: the output is high for value/(Top()+1) of the period.

package machine

import (
	"device/rp"
	"unsafe"
)

// pwmGroup is one PWM slice.
type pwmGroup struct {
	rp.PWM_SLICE_Type
}

// The PWM slices.
var (
	PWM0 = getPWMGroup(0)
	PWM1 = getPWMGroup(1)
	PWM2 = getPWMGroup(2)
	PWM3 = getPWMGroup(3)
	PWM4 = getPWMGroup(4)
	PWM5 = getPWMGroup(5)
	PWM6 = getPWMGroup(6)
	PWM7 = getPWMGroup(7)
)

// getPWMGroup returns slice n's registers.
//
//go:inline
func getPWMGroup(n uintptr) *pwmGroup {
	return (*pwmGroup)(unsafe.Pointer(uintptr(rp.PWM_BASE) + n*unsafe.Sizeof(rp.PWM_SLICE_Type{})))
}

// Configure takes the PWM block out of reset and sets the slice's period (0: the counter's full 16 bits at clk_sys,
// 524 µs); the slice runs from then on.
func (pwm *pwmGroup) Configure(config PWMConfig) error {
	rp.Clear(&rp.RESETS.RESET).Set(rp.RESETS_PWM)
	for rp.RESETS.RESET_DONE.Get()&rp.RESETS_PWM == 0 {
	}
	if err := pwm.SetPeriod(config.Period); err != nil {
		return err
	}
	pwm.Enable(true)
	return nil
}

// SetPeriod sets the period in nanoseconds (0: the counter's full range undivided). The duty cycles set so far keep
// their compare values: call Set again after a change of Top.
func (pwm *pwmGroup) SetPeriod(period uint64) error {
	if period == 0 {
		pwm.DIV.Set(1 << rp.PWM_DIV_FRAC_BITS)
		pwm.TOP.Set(0xffff)
		return nil
	}
	// The period in clk_sys cycles, times 16 for the divider's fraction.
	cycles16 := period * uint64(CPUFrequency()/1000000) * 16 / 1000
	div := (cycles16 + 0xffff) >> 16 // the smallest divider, in 1/16ths, with at most 0x10000 counts a period
	if div < 16 {
		div = 16
	}
	if div >= 256*16 {
		return ErrPWMPeriodTooLong
	}
	top := cycles16/div - 1
	pwm.DIV.Set(uint32(div))
	pwm.TOP.Set(uint32(top))
	return nil
}

// Top returns the counter's wrap value: Set(channel, Top()+1) keeps the output always high.
func (pwm *pwmGroup) Top() uint32 {
	return pwm.TOP.Get()
}

// Channel routes pin to this slice and returns its channel (0: A, 1: B); the pin must be one of the slice's.
func (pwm *pwmGroup) Channel(pin Pin) (channel uint8, err error) {
	if pin > GPIO29 || getPWMGroup(uintptr(pin>>1)&7) != pwm {
		return 0, ErrInvalidOutputPin
	}
	pin.setFunction(rp.GPIO_FUNC_PWM, padDefault)
	return uint8(pin & 1), nil
}

// Set sets the channel's compare value: the output is high while the counter is below value.
func (pwm *pwmGroup) Set(channel uint8, value uint32) {
	shift := uint32(channel&1) * 16
	pwm.CC.Set(pwm.CC.Get()&^(0xffff<<shift) | (value&0xffff)<<shift)
}

// Get returns the channel's compare value.
func (pwm *pwmGroup) Get(channel uint8) uint32 {
	return pwm.CC.Get() >> (uint32(channel&1) * 16) & 0xffff
}

// SetInverting inverts the channel's output (high while the counter is at or above the compare value).
func (pwm *pwmGroup) SetInverting(channel uint8, inverting bool) {
	bit := uint32(rp.PWM_CSR_A_INV) << (channel & 1)
	if inverting {
		rp.Set(&pwm.CSR).Set(bit)
	} else {
		rp.Clear(&pwm.CSR).Set(bit)
	}
}

// Enable starts or stops the slice's counter.
func (pwm *pwmGroup) Enable(enable bool) {
	if enable {
		rp.Set(&pwm.CSR).Set(rp.PWM_CSR_EN)
	} else {
		rp.Clear(&pwm.CSR).Set(rp.PWM_CSR_EN)
	}
}

// Counter returns the slice's counter.
func (pwm *pwmGroup) Counter() uint32 {
	return pwm.CTR.Get()
}

// Period returns the period in nanoseconds.
func (pwm *pwmGroup) Period() uint64 {
	div := uint64(pwm.DIV.Get() & 0xfff)
	return (uint64(pwm.TOP.Get()) + 1) * div * 1000 / (uint64(CPUFrequency()/1000000) * 16)
}
