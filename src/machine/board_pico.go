//go:build pico

// The Raspberry Pi Pico's pin names: GP0-GP28 as printed on the board (GP23-GP25 are not on its header: GP23
// controls the power supply's mode, GP24 senses VBUS, GP25 drives the LED), the UARTs' default pins, and the ADC
// inputs on GP26-GP28 (GPIO29, ADC input 3, measures VSYS/3 on the board).

package machine

// The board's GPIO pins.
const (
	GP0  Pin = GPIO0 // UART0 transmit
	GP1  Pin = GPIO1 // UART0 receive
	GP2  Pin = GPIO2
	GP3  Pin = GPIO3
	GP4  Pin = GPIO4
	GP5  Pin = GPIO5
	GP6  Pin = GPIO6
	GP7  Pin = GPIO7
	GP8  Pin = GPIO8 // UART1 transmit
	GP9  Pin = GPIO9 // UART1 receive
	GP10 Pin = GPIO10
	GP11 Pin = GPIO11
	GP12 Pin = GPIO12
	GP13 Pin = GPIO13
	GP14 Pin = GPIO14
	GP15 Pin = GPIO15
	GP16 Pin = GPIO16
	GP17 Pin = GPIO17
	GP18 Pin = GPIO18
	GP19 Pin = GPIO19
	GP20 Pin = GPIO20
	GP21 Pin = GPIO21
	GP22 Pin = GPIO22
	GP23 Pin = GPIO23 // the power supply's mode (not on the header)
	GP24 Pin = GPIO24 // VBUS sense (not on the header)
	GP25 Pin = GPIO25 // the LED (not on the header)
	GP26 Pin = GPIO26 // ADC0
	GP27 Pin = GPIO27 // ADC1
	GP28 Pin = GPIO28 // ADC2
)

// LED is the board's LED (GP25).
const LED = GP25

// BUTTON is the pin TinyGo's button example reads. The Pico has no user button (BOOTSEL is read through the flash's
// chip select, not a GPIO): GP15 is a conventional place to wire one, to ground, with the pin's pull-up on.
const BUTTON = GP15

// The analog inputs (the ADC's inputs 0-2).
const (
	ADC0 Pin = GP26
	ADC1 Pin = GP27
	ADC2 Pin = GP28
)

// The UARTs' pins.
const (
	UART0_TX_PIN Pin = GP0
	UART0_RX_PIN Pin = GP1
	UART1_TX_PIN Pin = GP8
	UART1_RX_PIN Pin = GP9
	UART_TX_PIN  Pin = UART0_TX_PIN
	UART_RX_PIN  Pin = UART0_RX_PIN
)
