//go:build atmega328p

// The ATmega328P's ADC: 10 bits, inputs A0-A5 (ADC channels 0-5) against AVCC (ADMUX's REFS0), clocked at
// 16 MHz / 128 = 125 kHz (within the 50-200 kHz the datasheet asks for full resolution), so a conversion takes 13
// ADC clocks, 104 µs. Get polls for the end of the conversion and scales the result to 16 bits, as TinyGo's ADC API
// promises (0-1023 becomes 0-65472).

package machine

import "device/avr"

// InitADC switches the ADC on (ADEN) with its clock prescaler at 128.
func InitADC() {
	avr.ADCSRA.Set(avr.ADCSRA_ADEN | avr.ADCSRA_ADPS2 | avr.ADCSRA_ADPS1 | avr.ADCSRA_ADPS0)
}

// Configure prepares the pin for analog input: the ADC on, and the pin's digital input buffer off (DIDR0), which
// saves power while the voltage sits between the logic levels. The config's fields keep the chip's defaults.
func (a ADC) Configure(config ADCConfig) {
	InitADC()
	if a.Pin >= PC0 && a.Pin <= PC5 {
		avr.DIDR0.SetBits(1 << uint8(a.Pin-PC0))
	}
}

// Get converts the pin's voltage and returns it scaled to 16 bits (0 at ground, 65472 at AVCC).
func (a ADC) Get() uint16 {
	avr.ADMUX.Set(avr.ADMUX_REFS0 | uint8(a.Pin-PC0)&0x0f)
	avr.ADCSRA.SetBits(avr.ADCSRA_ADSC)
	for avr.ADCSRA.HasBits(avr.ADCSRA_ADSC) {
	}
	return avr.ADC.Get() << 6
}
