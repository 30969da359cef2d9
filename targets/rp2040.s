@ Startup code for the Raspberry Pi RP2040 (Cortex-M0+, ARMv6-M: Thumb-1 instructions only). rp2040-boot2.s runs
@ first and jumps here through the vector table; cortex-m-common.s holds the hooks every Cortex-M target shares.
@ Reset_Handler: copy .data from flash (_sidata) to RAM, clear .bss and the heap (_sbss.._heap_end), call
@ runtime.initHardware (Go, runtime/runtime_rp2040.go: clocks, resets, UART0), then `main`, then exit with code 0.
@ The vector table holds the initial SP (_stack_top), the Cortex-M0+'s system exceptions under their CMSIS names and
@ the RP2040's 26 interrupts `IRQ<n>_Handler` (weak, defaulting to Default_Handler).
@ runtime.putchar is Go (UART0, runtime_rp2040.go). runtime.exit(code) is here:
@   it masks interrupts and executes `bkpt 0x65` ("e") with the exit code in r0. A simulator (compiler/run/rp2040.ts)
@   or a debugger stops there. On a board without a debugger the breakpoint escalates to a HardFault, whose handler
@   recognises it (the stacked pc is tsgo_exitBreak) and parks the core in a `wfi` loop: the program has ended.
@ HardFault_Handler (any other fault) prints "fatal error: hard fault" and exits with code 250 (0xFA): without a
@ debugger, that breakpoint inside the fault handler locks the core up, which halts it too.
@ Default_Handler (an interrupt without a handler) exits with 251.

        .syntax unified
        .cpu cortex-m0plus
        .thumb

        .equ EXIT_BKPT, 0x65

        .macro handler name
        .weak \name
        .thumb_set \name, Default_Handler
        .word \name
        .endm

        .section .isr_vector,"a",%progbits
        .global __isr_vector
__isr_vector:
        .word _stack_top
        .word Reset_Handler
        handler NMI_Handler
        .word HardFault_Handler
        .word 0                         @ 4-10: reserved on ARMv6-M
        .word 0
        .word 0
        .word 0
        .word 0
        .word 0
        .word 0
        handler SVC_Handler
        .word 0                         @ 12-13: reserved
        .word 0
        handler PendSV_Handler
        handler SysTick_Handler
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25
        handler IRQ\n\()_Handler
        .endr

        .section .text.Reset_Handler,"ax",%progbits
        .global Reset_Handler
        .type Reset_Handler,%function
        .thumb_func
Reset_Handler:
        ldr r0, =_sidata
        ldr r1, =_sdata
        ldr r2, =_edata
        b 2f
1:      ldmia r0!, {r3}
        stmia r1!, {r3}
2:      cmp r1, r2
        blo 1b

        ldr r1, =_sbss
        ldr r2, =_heap_end
        movs r3, #0
        b 4f
3:      stmia r1!, {r3}
4:      cmp r1, r2
        blo 3b

        bl runtime.initHardware
        bl main
        movs r0, #0
        bl runtime.exit

        .global Default_Handler
        .type Default_Handler,%function
        .thumb_func
Default_Handler:
        movs r0, #251
        bl runtime.exit
        .ltorg

        .section .text.HardFault_Handler,"ax",%progbits
        .weak HardFault_Handler
        .type HardFault_Handler,%function
        .thumb_func
HardFault_Handler:
        mov r0, sp                      @ the exception frame: r0-r3, r12, lr, pc (at +24), xPSR
        ldr r1, [r0, #24]
        ldr r2, =tsgo_exitBreak
        cmp r1, r2
        beq 3f
        ldr r4, =hardfault_msg
1:      ldrb r0, [r4]
        cmp r0, #0
        beq 2f
        bl runtime.putchar
        adds r4, #1
        b 1b
2:      movs r0, #250
        bl runtime.exit
3:      wfi                             @ runtime.exit's breakpoint without a debugger: the program has ended
        b 3b
        .ltorg

        .section .rodata.hardfault_msg,"a",%progbits
hardfault_msg:
        .asciz "fatal error: hard fault\n"

        .section .text.runtime.exit,"ax",%progbits
        .global runtime.exit
        .type runtime.exit,%function
        .thumb_func
runtime.exit:
        cpsid i
        .global tsgo_exitBreak
tsgo_exitBreak:
        bkpt #EXIT_BKPT
1:      wfi                             @ a debugger resumed: stay here
        b 1b
