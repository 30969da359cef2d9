// An interrupt on Cortex-M (cortex-m-qemu): IRQ 5's handler is registered with interrupt.New and enabled in the
// NVIC; main makes it pending through the NVIC's set-pending register, so it runs at once. Run by
// compiler/build/boards.test.ts.
package main

import (
	"runtime/interrupt"
	"runtime/volatile"
	"unsafe"
)

var ispr0 = (*volatile.Register32)(unsafe.Pointer(uintptr(0xe000e200)))

var fired uint32

func handler(i interrupt.Interrupt) {
	println("irq", i.GetNumber(), "in handler:", interrupt.In())
	volatile.StoreUint32(&fired, 1)
}

func main() {
	interrupt.New(5, handler).Enable()
	println("in main:", interrupt.In())
	ispr0.Set(1 << 5)
	for volatile.LoadUint32(&fired) == 0 {
	}
	println("done")
}
