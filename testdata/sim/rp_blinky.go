// examples/blinky1 without package machine: GP25, the Pico's LED, driven through the SIO block (RP2040 datasheet
// 2.3.1.2) and flipped every 500 ms by time.Sleep (compiler/build/time.test.ts measures the edges in rp2040js).
package main

import (
	"device/rp"
	"runtime/volatile"
	"time"
	"unsafe"
)

const led = 25

// The SIO's GPIO output-enable set and output flip registers.
var (
	sioGPIOOutXor = (*volatile.Register32)(unsafe.Pointer(uintptr(0xd000001c)))
	sioGPIOOESet  = (*volatile.Register32)(unsafe.Pointer(uintptr(0xd0000024)))
)

func main() {
	rp.IO_BANK0.GPIO[led].CTRL.Set(rp.GPIO_FUNC_SIO)
	sioGPIOOESet.Set(1 << led)
	for {
		sioGPIOOutXor.Set(1 << led)
		time.Sleep(500 * time.Millisecond)
	}
}
