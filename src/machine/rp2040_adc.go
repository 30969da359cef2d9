//go:build rp2040

// The RP2040's ADC: 12 bits, inputs 0-3 on GPIO 26-29 (input 4 is the temperature sensor), against the 3.3 V supply.
// clk_adc runs from the 12 MHz crystal (the chip's nominal 48 MHz needs the USB PLL, which the runtime leaves off):
// a conversion takes 96 clocks, 8 µs. Get starts one conversion, polls for its end and scales the result to 16 bits,
// as TinyGo's ADC API promises (0-4095 becomes 0-65520).

package machine

import "device/rp"

// InitADC takes the ADC out of reset, starts its clock and switches it on.
func InitADC() {
	rp.CLOCKS.CLK_ADC.CTRL.Set(rp.CLK_ADC_CTRL_AUXSRC_XOSC | rp.CLK_ADC_CTRL_ENABLE)
	rp.Clear(&rp.RESETS.RESET).Set(rp.RESETS_ADC)
	for rp.RESETS.RESET_DONE.Get()&rp.RESETS_ADC == 0 {
	}
	rp.ADC.CS.Set(rp.ADC_CS_EN)
	for rp.ADC.CS.Get()&rp.ADC_CS_READY == 0 {
	}
}

// Configure prepares the pin for analog input: its digital input and output disconnected, no pulls. The config's
// fields keep the chip's defaults.
func (a ADC) Configure(config ADCConfig) error {
	if a.Pin < GPIO26 || a.Pin > GPIO29 {
		return errNoPin
	}
	a.Pin.Configure(PinConfig{Mode: PinAnalog})
	return nil
}

// Get converts the pin's voltage and returns it scaled to 16 bits (0 at ground, 65520 at the supply).
func (a ADC) Get() uint16 {
	input := uint32(a.Pin-GPIO26) & 7
	rp.ADC.CS.Set(rp.ADC_CS_EN | input<<rp.ADC_CS_AINSEL_POS | rp.ADC_CS_START_ONE)
	for rp.ADC.CS.Get()&rp.ADC_CS_READY == 0 {
	}
	return uint16(rp.ADC.RESULT.Get()) << 4
}
