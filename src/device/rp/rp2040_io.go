//go:build rp2040

// The RP2040's blocks that package machine drives besides the runtime's: the single-cycle IO block's GPIO registers
// (SIO, datasheet 2.3.1.7), the pads' fields (2.19.6.3), the ADC (4.9) and the interrupt numbers of the NVIC (2.3.2).

package rp

import (
	"runtime/volatile"
	"unsafe"
)

// Base addresses of the blocks in this file (datasheet 2.2).
const (
	ADC_BASE = 0x4004c000
)

// SIO_Type is the GPIO part of the single-cycle IO block: each core writes the pins' output levels and output enables
// through the SET, CLR and XOR registers (one store changes only the written bits) and reads the pins in GPIO_IN.
// The SIO has no atomic aliases; these registers are its own.
type SIO_Type struct {
	CPUID        volatile.Register32 // 0x00
	GPIO_IN      volatile.Register32 // 0x04: the levels of GPIO 0-29
	GPIO_HI_IN   volatile.Register32 // 0x08: the QSPI pins
	_            volatile.Register32 // 0x0c
	GPIO_OUT     volatile.Register32 // 0x10
	GPIO_OUT_SET volatile.Register32 // 0x14
	GPIO_OUT_CLR volatile.Register32 // 0x18
	GPIO_OUT_XOR volatile.Register32 // 0x1c
	GPIO_OE      volatile.Register32 // 0x20
	GPIO_OE_SET  volatile.Register32 // 0x24
	GPIO_OE_CLR  volatile.Register32 // 0x28
	GPIO_OE_XOR  volatile.Register32 // 0x2c
}

// SIO is the single-cycle IO block.
var SIO = (*SIO_Type)(unsafe.Pointer(uintptr(SIO_BASE)))

// Fields of a PADS_BANK0.GPIO register.
const (
	PADS_GPIO_SLEWFAST  = 1 << 0
	PADS_GPIO_SCHMITT   = 1 << 1
	PADS_GPIO_PDE       = 1 << 2 // pull-down enable
	PADS_GPIO_PUE       = 1 << 3 // pull-up enable
	PADS_GPIO_DRIVE_4MA = 1 << 4
	PADS_GPIO_IE        = 1 << 6 // input enable
	PADS_GPIO_OD        = 1 << 7 // output disable
)

// ADC_Type is the 12-bit successive-approximation ADC (datasheet 4.9): inputs 0-3 are GPIO 26-29, input 4 the
// temperature sensor.
type ADC_Type struct {
	CS     volatile.Register32 // 0x00: EN (0), TS_EN (1), START_ONE (2), START_MANY (3), READY (8), ERR (9), AINSEL (14:12)
	RESULT volatile.Register32 // 0x04
	FCS    volatile.Register32 // 0x08
	FIFO   volatile.Register32 // 0x0c
	DIV    volatile.Register32 // 0x10
	INTR   volatile.Register32 // 0x14
	INTE   volatile.Register32 // 0x18
	INTF   volatile.Register32 // 0x1c
	INTS   volatile.Register32 // 0x20
}

// ADC is the ADC block.
var ADC = (*ADC_Type)(unsafe.Pointer(uintptr(ADC_BASE)))

// Fields of ADC.CS.
const (
	ADC_CS_EN         = 1 << 0
	ADC_CS_TS_EN      = 1 << 1
	ADC_CS_START_ONE  = 1 << 2
	ADC_CS_READY      = 1 << 8
	ADC_CS_ERR        = 1 << 9
	ADC_CS_AINSEL_POS = 12
)

// Fields of a clock generator's CTRL register for clk_adc (and clk_usb, clk_rtc): its auxiliary source and enable.
const (
	CLK_ADC_CTRL_AUXSRC_XOSC = 3 << 5
	CLK_ADC_CTRL_ENABLE      = 1 << 11
)

// The RP2040's interrupt numbers (NVIC IRQ n, datasheet 2.3.2 "Interrupts").
const (
	IRQ_TIMER_IRQ_0   = 0
	IRQ_TIMER_IRQ_1   = 1
	IRQ_TIMER_IRQ_2   = 2
	IRQ_TIMER_IRQ_3   = 3
	IRQ_PWM_IRQ_WRAP  = 4
	IRQ_USBCTRL_IRQ   = 5
	IRQ_XIP_IRQ       = 6
	IRQ_PIO0_IRQ_0    = 7
	IRQ_PIO0_IRQ_1    = 8
	IRQ_PIO1_IRQ_0    = 9
	IRQ_PIO1_IRQ_1    = 10
	IRQ_DMA_IRQ_0     = 11
	IRQ_DMA_IRQ_1     = 12
	IRQ_IO_IRQ_BANK0  = 13
	IRQ_IO_IRQ_QSPI   = 14
	IRQ_SIO_IRQ_PROC0 = 15
	IRQ_SIO_IRQ_PROC1 = 16
	IRQ_CLOCKS_IRQ    = 17
	IRQ_SPI0_IRQ      = 18
	IRQ_SPI1_IRQ      = 19
	IRQ_UART0_IRQ     = 20
	IRQ_UART1_IRQ     = 21
	IRQ_ADC_IRQ_FIFO  = 22
	IRQ_I2C0_IRQ      = 23
	IRQ_I2C1_IRQ      = 24
	IRQ_RTC_IRQ       = 25
)

// PWM_BASE is the PWM block's base address.
const PWM_BASE = 0x40050000

// PWM_SLICE_Type is one of the PWM block's eight slices (datasheet 4.5): a 16-bit counter clocked by clk_sys through
// a fractional divider, wrapping at TOP; output A is high while the counter is below CC's low half, output B below
// its high half. GPIO 2n and 2n+1 (and 16+2n, 16+2n+1) are slice n's A and B.
type PWM_SLICE_Type struct {
	CSR volatile.Register32 // 0x00: EN (0), PH_CORRECT (1), A_INV (2), B_INV (3), DIVMODE (5:4)
	DIV volatile.Register32 // 0x04: INT (11:4), FRAC (3:0)
	CTR volatile.Register32 // 0x08
	CC  volatile.Register32 // 0x0c: A (15:0), B (31:16)
	TOP volatile.Register32 // 0x10
}

// PWM_Type is the PWM block.
type PWM_Type struct {
	SLICE [8]PWM_SLICE_Type   // 0x00-0x9c
	EN    volatile.Register32 // 0xa0: every slice's CSR.EN
	INTR  volatile.Register32 // 0xa4
	INTE  volatile.Register32 // 0xa8
	INTF  volatile.Register32 // 0xac
	INTS  volatile.Register32 // 0xb0
}

// PWM is the PWM block.
var PWM = (*PWM_Type)(unsafe.Pointer(uintptr(PWM_BASE)))

// Fields of a PWM slice's CSR and DIV.
const (
	PWM_CSR_EN         = 1 << 0
	PWM_CSR_PH_CORRECT = 1 << 1
	PWM_CSR_A_INV      = 1 << 2
	PWM_CSR_B_INV      = 1 << 3
	PWM_DIV_FRAC_BITS  = 4
)
