//go:build rp2040

// The RP2040's start-up and console, in Go over runtime/volatile: targets/rp2040.s calls initHardware after copying
// .data and clearing .bss, before the package initializers. It runs the chip from its 12 MHz crystal with the system
// PLL at 125 MHz (clk_sys and clk_peri 125 MHz, clk_ref 12 MHz, the timer's tick 1 µs), takes the blocks the
// runtime uses out of reset, and sets UART0 to 115200 baud, 8N1, on GP0 (TX) and GP1 (RX): putchar writes there, so
// println and panics do. Sequence and register fields from the RP2040 datasheet, sections 2.14 (resets), 2.15
// (clocks), 2.16 (XOSC), 2.18 (PLL), 2.19 (GPIO) and 4.2 (UART). runtime.exit is assembly (targets/rp2040.s).

package runtime

import "device/rp"

const (
	// xoscHz is the Pico's crystal.
	xoscHz = 12000000
	// sysHz is clk_sys (and clk_peri): the PLL's VCO at 12 MHz * 125 = 1500 MHz, divided by 6 and 2.
	sysHz       = 125000000
	pllFbdiv    = 125
	pllPostdiv1 = 6
	pllPostdiv2 = 2
	// consoleBaud is UART0's baud rate.
	consoleBaud = 115200
)

// initHardware brings up the clocks, the reset-held blocks the runtime needs and the UART console.
//
//export runtime.initHardware
func initHardware() {
	initClocks()
	unreset(rp.RESETS_IO_BANK0 | rp.RESETS_PADS_BANK0 | rp.RESETS_UART0 | rp.RESETS_TIMER)
	initConsole()
}

// unreset takes the blocks in mask out of reset and waits until they are.
func unreset(mask uint32) {
	rp.Clear(&rp.RESETS.RESET).Set(mask)
	for rp.RESETS.RESET_DONE.Get()&mask != mask {
	}
}

// initClocks starts the crystal oscillator and the system PLL and moves clk_ref, clk_sys and clk_peri onto them.
func initClocks() {
	// No resuscitation of clk_sys while the clocks change.
	rp.CLOCKS.CLK_SYS_RESUS_CTRL.Set(0)

	// The crystal: 1-15 MHz range, a start-up delay of about 1 ms (DELAY counts 256 crystal cycles).
	rp.XOSC.CTRL.Set(rp.XOSC_CTRL_FREQ_RANGE_1_15MHZ)
	rp.XOSC.STARTUP.Set((xoscHz/1000 + 255) / 256)
	rp.Set(&rp.XOSC.CTRL).Set(rp.XOSC_CTRL_ENABLE_ENABLE)
	for rp.XOSC.STATUS.Get()&rp.XOSC_STATUS_STABLE == 0 {
	}

	// Before the PLL changes, clk_sys runs from clk_ref and clk_ref from the ring oscillator (glitchless muxes: wait
	// until the new source is selected).
	rp.Clear(&rp.CLOCKS.CLK_SYS.CTRL).Set(rp.CLK_SYS_CTRL_SRC)
	for rp.CLOCKS.CLK_SYS.SELECTED.Get() != 1 {
	}
	rp.CLOCKS.CLK_REF.CTRL.Set(rp.CLK_REF_CTRL_SRC_ROSC)
	for rp.CLOCKS.CLK_REF.SELECTED.Get() != 1<<rp.CLK_REF_CTRL_SRC_ROSC {
	}

	// The system PLL, from a clean reset: reference divider 1, VCO 1500 MHz, then the post dividers.
	rp.Set(&rp.RESETS.RESET).Set(rp.RESETS_PLL_SYS)
	unreset(rp.RESETS_PLL_SYS)
	rp.PLL_SYS.CS.Set(1)
	rp.PLL_SYS.FBDIV_INT.Set(pllFbdiv)
	rp.Clear(&rp.PLL_SYS.PWR).Set(rp.PLL_PWR_PD | rp.PLL_PWR_VCOPD)
	for rp.PLL_SYS.CS.Get()&rp.PLL_CS_LOCK == 0 {
	}
	rp.PLL_SYS.PRIM.Set(pllPostdiv1<<rp.PLL_PRIM_POSTDIV1 | pllPostdiv2<<rp.PLL_PRIM_POSTDIV2)
	rp.Clear(&rp.PLL_SYS.PWR).Set(rp.PLL_PWR_POSTDIVPD)

	// clk_ref: the crystal, undivided.
	rp.CLOCKS.CLK_REF.DIV.Set(1 << rp.CLK_DIV_INT_POS)
	rp.CLOCKS.CLK_REF.CTRL.Set(rp.CLK_REF_CTRL_SRC_XOSC)
	for rp.CLOCKS.CLK_REF.SELECTED.Get() != 1<<rp.CLK_REF_CTRL_SRC_XOSC {
	}

	// clk_sys: the PLL through the auxiliary mux (AUXSRC 0), undivided.
	rp.CLOCKS.CLK_SYS.DIV.Set(1 << rp.CLK_DIV_INT_POS)
	rp.CLOCKS.CLK_SYS.CTRL.Set(0 << rp.CLK_SYS_CTRL_AUXSRC_POS)
	rp.Set(&rp.CLOCKS.CLK_SYS.CTRL).Set(rp.CLK_SYS_CTRL_SRC)
	for rp.CLOCKS.CLK_SYS.SELECTED.Get() != 1<<1 {
	}

	// clk_peri: clk_sys (AUXSRC 0). Its mux is not glitchless: stop the clock while the source changes.
	rp.CLOCKS.CLK_PERI.CTRL.Set(0)
	for i := 0; i < 3; i++ {
		rp.CLOCKS.CLK_PERI.CTRL.Get() // a few cycles for the stop to reach the clock's output
	}
	rp.CLOCKS.CLK_PERI.CTRL.Set(rp.CLK_PERI_CTRL_ENABLE)

	// The watchdog's tick generator counts clk_ref cycles: one tick per microsecond for the TIMER.
	rp.WATCHDOG.TICK.Set(rp.WATCHDOG_TICK_ENABLE | xoscHz/1000000)
}

// initConsole sets UART0 to consoleBaud, 8 data bits, no parity, one stop bit, FIFOs on, and routes it to GP0/GP1.
func initConsole() {
	// The divisor is clk_peri / (16 * baud) with a 6-bit fraction: computed in 1/128ths, then rounded.
	div := uint32(8 * sysHz / consoleBaud)
	rp.UART0.UARTIBRD.Set(div >> 7)
	rp.UART0.UARTFBRD.Set((div&0x7f + 1) / 2)
	rp.UART0.UARTLCR_H.Set(rp.UART_LCR_H_WLEN_8 | rp.UART_LCR_H_FEN) // also latches the divisor
	rp.UART0.UARTCR.Set(rp.UART_CR_UARTEN | rp.UART_CR_TXE | rp.UART_CR_RXE)
	rp.IO_BANK0.GPIO[0].CTRL.Set(rp.GPIO_FUNC_UART)
	rp.IO_BANK0.GPIO[1].CTRL.Set(rp.GPIO_FUNC_UART)
}

// putcharUART writes c to UART0 once its transmit FIFO has room: runtime.putchar on the RP2040.
//
//export runtime.putchar
func putcharUART(c byte) {
	for rp.UART0.UARTFR.Get()&rp.UART_FR_TXFF != 0 {
	}
	rp.UART0.UARTDR.Set(uint32(c))
}
