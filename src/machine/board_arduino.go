//go:build arduino || arduino_nano

// The Arduino Uno's and Nano's pin names (both boards route the ATmega328P's pins the same way): the digital pins
// D0-D13, the analog inputs A0-A5 (the Nano's A6 and A7 are ADC-only and have no GPIO), the LED on D13, and the
// UART's pins (D0 receives, D1 transmits, shared with the USB serial bridge).

package machine

// The digital pins.
const (
	D0  = PD0 // UART receive
	D1  = PD1 // UART transmit
	D2  = PD2
	D3  = PD3 // PWM (Timer2 B)
	D4  = PD4
	D5  = PD5 // PWM (Timer0 B)
	D6  = PD6 // PWM (Timer0 A)
	D7  = PD7
	D8  = PB0
	D9  = PB1 // PWM (Timer1 A)
	D10 = PB2 // PWM (Timer1 B)
	D11 = PB3 // PWM (Timer2 A)
	D12 = PB4
	D13 = PB5 // the LED
)

// The analog input pins (usable as digital pins too).
const (
	A0 = PC0
	A1 = PC1
	A2 = PC2
	A3 = PC3
	A4 = PC4
	A5 = PC5
)

// The analog inputs by their ADC channel, as TinyGo names them on every board.
const (
	ADC0 = A0
	ADC1 = A1
	ADC2 = A2
	ADC3 = A3
	ADC4 = A4
	ADC5 = A5
)

// LED is the board's LED (D13).
const LED = D13

// BUTTON is the pin TinyGo's button example reads. The Arduinos have no user button (the one on the board is reset):
// D2 is a conventional place to wire one, to ground, with the pin's pull-up on (D2 is also external interrupt 0).
const BUTTON = D2

// The UART's pins.
const (
	UART_TX_PIN Pin = D1
	UART_RX_PIN Pin = D0
)
