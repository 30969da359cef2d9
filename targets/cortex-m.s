@ Startup code and platform hooks for ARM Cortex-M (ARMv7-M, Thumb-2), as run by qemu-system-arm -M lm3s6965evb.
@ Reset_Handler: copy .data from flash (_sidata) to RAM, clear .bss and the heap (_sbss.._heap_end), call `main`,
@ then exit with code 0. The vector table holds the initial SP (_stack_top), the system exceptions under their CMSIS
@ names (weak, defaulting to Default_Handler) and 64 device interrupts `IRQ<n>_Handler`.
@ Platform hooks (AAPCS, as the Go runtime calls them):
@   runtime.putchar(i8)      PL011 UART0 at 0x4000C000: wait while FR.TXFF (bit 5), then write DR
@   runtime.exit(i32)        semihosting SYS_EXIT_EXTENDED (0x20) with the block {0x20026, code}; loops if no debugger
@ The hooks every Cortex-M target shares (heap bounds, setjmp, goroutine switches, memcpy...) are in cortex-m-common.s.
@ HardFault_Handler prints "fatal error: hard fault" and exits with code 250 (0xFA); Default_Handler exits with 251.

        .syntax unified
        .cpu cortex-m3
        .thumb

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
        handler MemManage_Handler
        handler BusFault_Handler
        handler UsageFault_Handler
        .word 0
        .word 0
        .word 0
        .word 0
        handler SVC_Handler
        handler DebugMon_Handler
        .word 0
        handler PendSV_Handler
        handler SysTick_Handler
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63
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
1:      ldr r3, [r0], #4
        str r3, [r1], #4
2:      cmp r1, r2
        blo 1b

        ldr r1, =_sbss
        ldr r2, =_heap_end
        movs r3, #0
        b 4f
3:      str r3, [r1], #4
4:      cmp r1, r2
        blo 3b

        bl main
        movs r0, #0
        b runtime.exit

        .global Default_Handler
        .type Default_Handler,%function
        .thumb_func
Default_Handler:
        movs r0, #251
        b runtime.exit

        .section .text.HardFault_Handler,"ax",%progbits
        .weak HardFault_Handler
        .type HardFault_Handler,%function
        .thumb_func
HardFault_Handler:
        ldr r4, =hardfault_msg
1:      ldrb r0, [r4], #1
        cbz r0, 2f
        bl runtime.putchar
        b 1b
2:      movs r0, #250
        b runtime.exit

        .section .rodata.hardfault_msg,"a",%progbits
hardfault_msg:
        .asciz "fatal error: hard fault\n"

        .section .text.runtime.exit,"ax",%progbits
        .global runtime.exit
        .type runtime.exit,%function
        .thumb_func
runtime.exit:
        ldr r2, =0x20026
        push {r0}
        push {r2}
        mov r1, sp
        movs r0, #0x20
        bkpt 0xab
1:      wfi
        b 1b

        .section .text.runtime.putchar,"ax",%progbits
        .global runtime.putchar
        .type runtime.putchar,%function
        .thumb_func
runtime.putchar:
        ldr r1, =0x4000C000
1:      ldr r2, [r1, #0x18]
        tst r2, #0x20
        bne 1b
        str r0, [r1]
        bx lr
