// device/arm's NVIC helpers on Cortex-M (cortex-m-qemu): IRQ 7's priority is set through interrupt's SetPriority and
// read back; the interrupt is made pending while disabled (it must not run), then enabled (it runs at once), then
// disabled again. Run by compiler/build/boards.test.ts.
package main

import (
	"device/arm"
	"runtime/interrupt"
	"runtime/volatile"
)

var fired uint32

func main() {
	irq := interrupt.New(7, func(interrupt.Interrupt) {
		volatile.StoreUint32(&fired, volatile.LoadUint32(&fired)+1)
		arm.ClearPendingIRQ(7)
	})
	irq.SetPriority(0xc0)
	println("priority:", arm.NVIC.IPR[1].Get()>>24&0xe0)
	arm.SetPendingIRQ(7)
	println("pending while disabled, fired:", volatile.LoadUint32(&fired))
	irq.Enable()
	for volatile.LoadUint32(&fired) == 0 {
	}
	arm.DisableIRQ(7)
	println("enabled:", arm.NVIC.ISER[0].Get()&(1<<7) != 0, "fired:", volatile.LoadUint32(&fired))
}
