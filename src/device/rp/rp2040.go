//go:build rp2040

// Package rp describes the Raspberry Pi RP2040's peripherals that tsgo's runtime and machine package use: each
// register block is a struct of volatile.Register32 fields laid out as in the RP2040 datasheet (chapter 2, "System
// Description", and chapter 4, "Peripherals"), and each block's variable points at its base address. Writing through
// the block's aliases (Xor, Set and Clear, at +0x1000, +0x2000 and +0x3000) changes only the given bits of a register
// in one bus write, which an interrupt cannot tear. Only the registers in use are named; the others are padding.
package rp

import (
	"runtime/volatile"
	"unsafe"
)

// Base addresses of the register blocks (RP2040 datasheet, section 2.2 "Address Map").
const (
	CLOCKS_BASE     = 0x40008000
	RESETS_BASE     = 0x4000c000
	IO_BANK0_BASE   = 0x40014000
	PADS_BANK0_BASE = 0x4001c000
	XOSC_BASE       = 0x40024000
	PLL_SYS_BASE    = 0x40028000
	PLL_USB_BASE    = 0x4002c000
	UART0_BASE      = 0x40034000
	UART1_BASE      = 0x40038000
	TIMER_BASE      = 0x40054000
	WATCHDOG_BASE   = 0x40058000
	SIO_BASE        = 0xd0000000
	PPB_BASE        = 0xe0000000
)

// Offsets of the atomic register aliases of the APB and AHB-Lite peripherals (datasheet 2.1.2 "Atomic Register
// Access"): a write to register+ALIAS_SET sets the written bits, +ALIAS_CLR clears them, +ALIAS_XOR flips them.
const (
	ALIAS_XOR = 0x1000
	ALIAS_SET = 0x2000
	ALIAS_CLR = 0x3000
)

// Xor returns the alias of r whose writes flip the written bits of r.
func Xor(r *volatile.Register32) *volatile.Register32 {
	return (*volatile.Register32)(unsafe.Pointer(uintptr(unsafe.Pointer(r)) + ALIAS_XOR))
}

// Set returns the alias of r whose writes set the written bits of r.
func Set(r *volatile.Register32) *volatile.Register32 {
	return (*volatile.Register32)(unsafe.Pointer(uintptr(unsafe.Pointer(r)) + ALIAS_SET))
}

// Clear returns the alias of r whose writes clear the written bits of r.
func Clear(r *volatile.Register32) *volatile.Register32 {
	return (*volatile.Register32)(unsafe.Pointer(uintptr(unsafe.Pointer(r)) + ALIAS_CLR))
}

// RESETS_Type is the subsystem reset controller (datasheet 2.14): a block is held in reset while its RESET bit is
// set, and RESET_DONE shows the blocks that are out of reset.
type RESETS_Type struct {
	RESET      volatile.Register32 // 0x00
	WDSEL      volatile.Register32 // 0x04
	RESET_DONE volatile.Register32 // 0x08
}

// RESETS is the reset controller.
var RESETS = (*RESETS_Type)(unsafe.Pointer(uintptr(RESETS_BASE)))

// Bits of RESETS.RESET and RESETS.RESET_DONE, one per block.
const (
	RESETS_ADC        = 1 << 0
	RESETS_BUSCTRL    = 1 << 1
	RESETS_DMA        = 1 << 2
	RESETS_I2C0       = 1 << 3
	RESETS_I2C1       = 1 << 4
	RESETS_IO_BANK0   = 1 << 5
	RESETS_IO_QSPI    = 1 << 6
	RESETS_JTAG       = 1 << 7
	RESETS_PADS_BANK0 = 1 << 8
	RESETS_PADS_QSPI  = 1 << 9
	RESETS_PIO0       = 1 << 10
	RESETS_PIO1       = 1 << 11
	RESETS_PLL_SYS    = 1 << 12
	RESETS_PLL_USB    = 1 << 13
	RESETS_PWM        = 1 << 14
	RESETS_RTC        = 1 << 15
	RESETS_SPI0       = 1 << 16
	RESETS_SPI1       = 1 << 17
	RESETS_SYSCFG     = 1 << 18
	RESETS_SYSINFO    = 1 << 19
	RESETS_TBMAN      = 1 << 20
	RESETS_TIMER      = 1 << 21
	RESETS_UART0      = 1 << 22
	RESETS_UART1      = 1 << 23
	RESETS_USBCTRL    = 1 << 24
)

// XOSC_Type is the crystal oscillator (datasheet 2.16).
type XOSC_Type struct {
	CTRL    volatile.Register32    // 0x00: FREQ_RANGE (11:0), ENABLE (23:12)
	STATUS  volatile.Register32    // 0x04: STABLE (31)
	DORMANT volatile.Register32    // 0x08
	STARTUP volatile.Register32    // 0x0c: DELAY (13:0), in units of 256 crystal cycles
	_       [3]volatile.Register32 // 0x10-0x18
	COUNT   volatile.Register32    // 0x1c
}

// XOSC is the crystal oscillator.
var XOSC = (*XOSC_Type)(unsafe.Pointer(uintptr(XOSC_BASE)))

// Fields of the XOSC registers.
const (
	XOSC_CTRL_FREQ_RANGE_1_15MHZ = 0xaa0
	XOSC_CTRL_ENABLE_ENABLE      = 0xfab << 12
	XOSC_STATUS_STABLE           = 1 << 31
)

// PLL_Type is one of the two PLLs (datasheet 2.18): f_out = f_ref / REFDIV * FBDIV / (POSTDIV1 * POSTDIV2).
type PLL_Type struct {
	CS        volatile.Register32 // 0x00: REFDIV (5:0), BYPASS (8), LOCK (31)
	PWR       volatile.Register32 // 0x04: PD (0), DSMPD (2), POSTDIVPD (3), VCOPD (5)
	FBDIV_INT volatile.Register32 // 0x08
	PRIM      volatile.Register32 // 0x0c: POSTDIV2 (14:12), POSTDIV1 (18:16)
}

// PLL_SYS and PLL_USB are the system and USB PLLs.
var (
	PLL_SYS = (*PLL_Type)(unsafe.Pointer(uintptr(PLL_SYS_BASE)))
	PLL_USB = (*PLL_Type)(unsafe.Pointer(uintptr(PLL_USB_BASE)))
)

// Fields of the PLL registers.
const (
	PLL_CS_LOCK       = 1 << 31
	PLL_PWR_PD        = 1 << 0
	PLL_PWR_DSMPD     = 1 << 2
	PLL_PWR_POSTDIVPD = 1 << 3
	PLL_PWR_VCOPD     = 1 << 5
	PLL_PRIM_POSTDIV1 = 16
	PLL_PRIM_POSTDIV2 = 12
)

// CLOCK_Type is one clock generator of the CLOCKS block: its control, divider (INT in 31:8, FRAC in 7:0) and
// SELECTED (one-hot: which source the glitchless mux uses) registers.
type CLOCK_Type struct {
	CTRL     volatile.Register32
	DIV      volatile.Register32
	SELECTED volatile.Register32
}

// CLOCKS_Type is the clock generators (datasheet 2.15).
type CLOCKS_Type struct {
	GPOUT                [4]CLOCK_Type       // 0x00-0x2c
	CLK_REF              CLOCK_Type          // 0x30: CTRL.SRC (1:0): 0 rosc, 1 aux, 2 xosc
	CLK_SYS              CLOCK_Type          // 0x3c: CTRL.SRC (0): 0 clk_ref, 1 aux; CTRL.AUXSRC (7:5): 0 pll_sys
	CLK_PERI             CLOCK_Type          // 0x48: CTRL.AUXSRC (7:5): 0 clk_sys; CTRL.ENABLE (11); no divider
	CLK_USB              CLOCK_Type          // 0x54
	CLK_ADC              CLOCK_Type          // 0x60
	CLK_RTC              CLOCK_Type          // 0x6c
	CLK_SYS_RESUS_CTRL   volatile.Register32 // 0x78
	CLK_SYS_RESUS_STATUS volatile.Register32 // 0x7c
}

// CLOCKS is the clock generators block.
var CLOCKS = (*CLOCKS_Type)(unsafe.Pointer(uintptr(CLOCKS_BASE)))

// Fields of the CLOCKS registers.
const (
	CLK_REF_CTRL_SRC_ROSC   = 0
	CLK_REF_CTRL_SRC_XOSC   = 2
	CLK_SYS_CTRL_SRC        = 1 << 0
	CLK_SYS_CTRL_AUXSRC_POS = 5
	CLK_PERI_CTRL_ENABLE    = 1 << 11
	CLK_DIV_INT_POS         = 8
)

// IO_BANK0_Type is the function select, status and interrupts of the user GPIOs 0-29 (datasheet 2.19.6.1). The
// interrupt registers hold 4 bits per GPIO, 8 GPIOs a register (GPIO n in register n/8, bits 4*(n%8) up): the
// GPIO_INT_* events. INTR latches the edges (a 1 written clears one; the levels are read-only), PROC0_INTE enables
// events for core 0's IO_IRQ_BANK0, PROC0_INTF forces them, and PROC0_INTS, (INTR & INTE) | INTF, raises it.
type IO_BANK0_Type struct {
	GPIO [30]struct {
		STATUS volatile.Register32
		CTRL   volatile.Register32 // FUNCSEL (4:0)
	}
	INTR       [4]volatile.Register32 // 0x0f0
	PROC0_INTE [4]volatile.Register32 // 0x100
	PROC0_INTF [4]volatile.Register32 // 0x110
	PROC0_INTS [4]volatile.Register32 // 0x120
}

// IO_BANK0 is the user GPIO bank.
var IO_BANK0 = (*IO_BANK0_Type)(unsafe.Pointer(uintptr(IO_BANK0_BASE)))

// GPIO function numbers for IO_BANK0.GPIO[n].CTRL's FUNCSEL (datasheet 2.19.2 "Function Select").
const (
	GPIO_FUNC_SPI  = 1
	GPIO_FUNC_UART = 2
	GPIO_FUNC_I2C  = 3
	GPIO_FUNC_PWM  = 4
	GPIO_FUNC_SIO  = 5
	GPIO_FUNC_PIO0 = 6
	GPIO_FUNC_PIO1 = 7
	GPIO_FUNC_NULL = 0x1f
)

// A GPIO's interrupt events, its 4 bits in IO_BANK0's interrupt registers (datasheet 2.19.6.1, INTR0).
const (
	GPIO_INT_LEVEL_LOW  = 1 << 0
	GPIO_INT_LEVEL_HIGH = 1 << 1
	GPIO_INT_EDGE_LOW   = 1 << 2 // a falling edge, latched
	GPIO_INT_EDGE_HIGH  = 1 << 3 // a rising edge, latched
)

// PADS_BANK0_Type is the pad control of the user GPIOs (datasheet 2.19.6.3).
type PADS_BANK0_Type struct {
	VOLTAGE_SELECT volatile.Register32
	GPIO           [30]volatile.Register32 // OD (7), IE (6), DRIVE (5:4), PUE (3), PDE (2), SCHMITT (1), SLEWFAST (0)
}

// PADS_BANK0 is the user GPIO pads.
var PADS_BANK0 = (*PADS_BANK0_Type)(unsafe.Pointer(uintptr(PADS_BANK0_BASE)))

// UART_Type is an ARM PL011 UART (datasheet 4.2).
type UART_Type struct {
	UARTDR    volatile.Register32    // 0x00
	UARTRSR   volatile.Register32    // 0x04
	_         [4]volatile.Register32 // 0x08-0x14
	UARTFR    volatile.Register32    // 0x18: TXFF (5), RXFE (4), BUSY (3)
	_         volatile.Register32    // 0x1c
	UARTILPR  volatile.Register32    // 0x20
	UARTIBRD  volatile.Register32    // 0x24
	UARTFBRD  volatile.Register32    // 0x28
	UARTLCR_H volatile.Register32    // 0x2c: WLEN (6:5), FEN (4); a write latches IBRD and FBRD
	UARTCR    volatile.Register32    // 0x30: RXE (9), TXE (8), UARTEN (0)
	UARTIFLS  volatile.Register32    // 0x34
	UARTIMSC  volatile.Register32    // 0x38
	UARTRIS   volatile.Register32    // 0x3c
	UARTMIS   volatile.Register32    // 0x40
	UARTICR   volatile.Register32    // 0x44
	UARTDMACR volatile.Register32    // 0x48
}

// UART0 and UART1 are the two UARTs.
var (
	UART0 = (*UART_Type)(unsafe.Pointer(uintptr(UART0_BASE)))
	UART1 = (*UART_Type)(unsafe.Pointer(uintptr(UART1_BASE)))
)

// Fields of the UART registers.
const (
	UART_FR_TXFF      = 1 << 5
	UART_FR_RXFE      = 1 << 4
	UART_FR_BUSY      = 1 << 3
	UART_LCR_H_WLEN_8 = 3 << 5
	UART_LCR_H_FEN    = 1 << 4
	UART_CR_RXE       = 1 << 9
	UART_CR_TXE       = 1 << 8
	UART_CR_UARTEN    = 1 << 0
	UART_IMSC_RXIM    = 1 << 4 // receive: the FIFO reached its IFLS level
	UART_IMSC_RTIM    = 1 << 6 // receive timeout: bytes wait in the FIFO and none came for 32 bit periods
	UART_IFLS_RX_1_8  = 0 << 3 // the receive interrupt's FIFO level: 1/8 full (4 bytes)
	UART_ICR_ALL      = 0x7ff
)

// WATCHDOG_Type is the watchdog (datasheet 4.7), which also makes the 1 µs tick of the TIMER from clk_ref.
type WATCHDOG_Type struct {
	CTRL    volatile.Register32    // 0x00
	LOAD    volatile.Register32    // 0x04
	REASON  volatile.Register32    // 0x08
	SCRATCH [8]volatile.Register32 // 0x0c-0x28
	TICK    volatile.Register32    // 0x2c: CYCLES (8:0) of clk_ref per tick, ENABLE (9)
}

// WATCHDOG is the watchdog block.
var WATCHDOG = (*WATCHDOG_Type)(unsafe.Pointer(uintptr(WATCHDOG_BASE)))

// WATCHDOG_TICK_ENABLE starts the tick generator.
const WATCHDOG_TICK_ENABLE = 1 << 9

// TIMER_Type is the 64-bit microsecond timer with four alarms (datasheet 4.6).
type TIMER_Type struct {
	TIMEHW   volatile.Register32    // 0x00
	TIMELW   volatile.Register32    // 0x04
	TIMEHR   volatile.Register32    // 0x08: read after TIMELR
	TIMELR   volatile.Register32    // 0x0c: reading it latches TIMEHR
	ALARM    [4]volatile.Register32 // 0x10-0x1c
	ARMED    volatile.Register32    // 0x20
	TIMERAWH volatile.Register32    // 0x24
	TIMERAWL volatile.Register32    // 0x28
	DBGPAUSE volatile.Register32    // 0x2c
	PAUSE    volatile.Register32    // 0x30
	INTR     volatile.Register32    // 0x34
	INTE     volatile.Register32    // 0x38
	INTF     volatile.Register32    // 0x3c
	INTS     volatile.Register32    // 0x40
}

// TIMER is the microsecond timer.
var TIMER = (*TIMER_Type)(unsafe.Pointer(uintptr(TIMER_BASE)))
