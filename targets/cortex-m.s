@ Startup code and platform hooks for ARM Cortex-M (ARMv7-M, Thumb-2), as run by qemu-system-arm -M lm3s6965evb.
@ Reset_Handler: copy .data from flash (_sidata) to RAM, clear .bss and the heap (_sbss.._heap_end), call `main`,
@ then exit with code 0. The vector table holds the initial SP (_stack_top), the system exceptions under their CMSIS
@ names (weak, defaulting to Default_Handler) and 64 device interrupts `IRQ<n>_Handler`.
@ Platform hooks (AAPCS, as the Go runtime calls them):
@   runtime.putchar(i8)      PL011 UART0 at 0x4000C000: wait while FR.TXFF (bit 5), then write DR
@   runtime.exit(i32)        semihosting SYS_EXIT_EXTENDED (0x20) with the block {0x20026, code}; loops if no debugger
@   runtime.heapStart()/heapEnd() the heap bounds from the linker script
@   tsgo_setjmp(buf) i8 / tsgo_longjmp(buf)   save and restore r4-r11, sp and lr (runtime/defer.go)
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

        .section .text.runtime.heapStart,"ax",%progbits
        .global runtime.heapStart
        .type runtime.heapStart,%function
        .thumb_func
runtime.heapStart:
        ldr r0, =_heap_start
        bx lr

        .section .text.runtime.heapEnd,"ax",%progbits
        .global runtime.heapEnd
        .type runtime.heapEnd,%function
        .thumb_func
runtime.heapEnd:
        ldr r0, =_heap_end
        bx lr

@ tsgo_setjmp(buf): saves r4-r11, sp and lr in buf and returns 0; tsgo_longjmp(buf) restores them and returns 1
@ from that tsgo_setjmp (a recovered panic, runtime/defer.go).
        .section .text.tsgo_setjmp,"ax",%progbits
        .global tsgo_setjmp
        .type tsgo_setjmp,%function
        .thumb_func
tsgo_setjmp:
        stmia r0!, {r4-r11}
        mov r1, sp
        str r1, [r0]
        str lr, [r0, #4]
        movs r0, #0
        bx lr

        .section .text.tsgo_longjmp,"ax",%progbits
        .global tsgo_longjmp
        .type tsgo_longjmp,%function
        .thumb_func
tsgo_longjmp:
        ldmia r0!, {r4-r11}
        ldr r1, [r0]
        mov sp, r1
        ldr lr, [r0, #4]
        movs r0, #1
        bx lr

@ Weak memory helpers: LLVM lowers memcpy/memmove/memset intrinsics to these calls (the EABI variants on ARM, whose
@ memset takes (dest, n, c)). A stronger definition elsewhere (the runtime, a libc) wins.
        .section .text.memcpy,"ax",%progbits
        .weak memcpy
        .type memcpy,%function
        .thumb_func
memcpy:
        mov r12, r0
        cbz r2, 2f
1:      ldrb r3, [r1], #1
        strb r3, [r12], #1
        subs r2, #1
        bne 1b
2:      bx lr
        .weak __aeabi_memcpy
        .thumb_set __aeabi_memcpy, memcpy
        .weak __aeabi_memcpy4
        .thumb_set __aeabi_memcpy4, memcpy
        .weak __aeabi_memcpy8
        .thumb_set __aeabi_memcpy8, memcpy

        .weak memmove
        .type memmove,%function
        .thumb_func
memmove:
        cmp r0, r1
        bls memcpy
        add r3, r1, r2
        cmp r0, r3
        bhs memcpy
        add r12, r0, r2
        add r1, r1, r2
        cbz r2, 2f
1:      ldrb r3, [r1, #-1]!
        strb r3, [r12, #-1]!
        subs r2, #1
        bne 1b
2:      bx lr
        .weak __aeabi_memmove
        .thumb_set __aeabi_memmove, memmove
        .weak __aeabi_memmove4
        .thumb_set __aeabi_memmove4, memmove
        .weak __aeabi_memmove8
        .thumb_set __aeabi_memmove8, memmove

        .section .text.memset,"ax",%progbits
        .weak memset
        .type memset,%function
        .thumb_func
memset:
        mov r12, r0
        cbz r2, 2f
1:      strb r1, [r12], #1
        subs r2, #1
        bne 1b
2:      bx lr

        .weak __aeabi_memset
        .type __aeabi_memset,%function
        .thumb_func
__aeabi_memset:
        mov r3, r1
        mov r1, r2
        mov r2, r3
        b memset
        .weak __aeabi_memset4
        .thumb_set __aeabi_memset4, __aeabi_memset
        .weak __aeabi_memset8
        .thumb_set __aeabi_memset8, __aeabi_memset

        .weak __aeabi_memclr
        .type __aeabi_memclr,%function
        .thumb_func
__aeabi_memclr:
        mov r2, r1
        movs r1, #0
        b memset
        .weak __aeabi_memclr4
        .thumb_set __aeabi_memclr4, __aeabi_memclr
        .weak __aeabi_memclr8
        .thumb_set __aeabi_memclr8, __aeabi_memclr

@ Functions compiled without `nounwind` reference the EABI personality routines from .ARM.exidx (which the linker
@ script discards); these weak stubs keep libgcc's unwinder from being pulled in for them.
        .section .text.__aeabi_unwind_cpp_pr0,"ax",%progbits
        .weak __aeabi_unwind_cpp_pr0
        .weak __aeabi_unwind_cpp_pr1
        .weak __aeabi_unwind_cpp_pr2
        .type __aeabi_unwind_cpp_pr0,%function
        .thumb_func
__aeabi_unwind_cpp_pr0:
        .thumb_set __aeabi_unwind_cpp_pr1, __aeabi_unwind_cpp_pr0
        .thumb_set __aeabi_unwind_cpp_pr2, __aeabi_unwind_cpp_pr0
        b Default_Handler

@ Goroutine switches (runtime/scheduler_tasks.go), in Thumb-1 instructions so that ARMv6-M (Cortex-M0+) can use
@ them too.
@ tsgo_swapTask(newSP, oldSP *uintptr): pushes r4-r11 and lr, stores sp in *oldSP, moves to the stack at newSP and
@ pops the registers saved there, returning into that task.
        .section .text.tsgo_swapTask,"ax",%progbits
        .global tsgo_swapTask
        .type tsgo_swapTask,%function
        .thumb_func
tsgo_swapTask:
        push {r4-r7, lr}
        mov r4, r8
        mov r5, r9
        mov r6, r10
        mov r7, r11
        push {r4-r7}
        mov r2, sp
        str r2, [r1]
        mov sp, r0
        pop {r4-r7}
        mov r8, r4
        mov r9, r5
        mov r10, r6
        mov r11, r7
        pop {r4-r7, pc}

@ tsgo_prepareTask(top) sp: lays out below top (aligned to 8) a frame for tsgo_swapTask to pop: eight zeroed
@ registers and tsgo_taskStart in the place of pc. Returns the task's initial stack pointer (top - 36).
        .section .text.tsgo_prepareTask,"ax",%progbits
        .global tsgo_prepareTask
        .type tsgo_prepareTask,%function
        .weak tsgo_taskStart
        .thumb_func
tsgo_prepareTask:
        movs r1, #7
        bics r0, r1
        subs r0, #36
        ldr r1, =tsgo_taskStart
        str r1, [r0, #32]
        movs r1, #0
        movs r2, #0
1:      str r1, [r0, r2]
        adds r2, #4
        cmp r2, #32
        bne 1b
        bx lr
        .ltorg

@ ---------------------------------------------------------------------------------------------------------------------
@ Interrupt masking (runtime/interrupts.go): sync/atomic's operations, and later runtime/interrupt's Disable/Restore.
@   runtime.disableInterrupts() i32    returns PRIMASK (1 when interrupts were already masked), then cpsid i
@   runtime.restoreInterrupts(i32)     writes the saved PRIMASK back

        .section .text.runtime.disableInterrupts,"ax",%progbits
        .global runtime.disableInterrupts
        .type runtime.disableInterrupts,%function
        .thumb_func
runtime.disableInterrupts:
        mrs r0, PRIMASK
        cpsid i
        bx lr

        .section .text.runtime.restoreInterrupts,"ax",%progbits
        .global runtime.restoreInterrupts
        .type runtime.restoreInterrupts,%function
        .thumb_func
runtime.restoreInterrupts:
        msr PRIMASK, r0
        bx lr

@ ---------------------------------------------------------------------------------------------------------------------
@ The garbage collector's hooks (runtime/gc_conservative.go, runtime/scheduler_*.go).
@   runtime.globalsStart()/globalsEnd()   the package variables: .data and .bss (.rodata stays in flash)
@   runtime.mainStackTop()                just past the main stack (_stack_top)
@   tsgo_scanCurrentStack()   pushes the callee-saved registers r4-r11 (and r3 to keep the stack 8-byte aligned),
@                             then calls runtime.markCurrentStack(sp), so that pointers held only in registers are
@                             scanned as stack words
        .section .text.runtime.globalsStart,"ax",%progbits
        .global runtime.globalsStart
        .type runtime.globalsStart,%function
        .thumb_func
runtime.globalsStart:
        ldr r0, =_sdata
        bx lr

        .section .text.runtime.globalsEnd,"ax",%progbits
        .global runtime.globalsEnd
        .type runtime.globalsEnd,%function
        .thumb_func
runtime.globalsEnd:
        ldr r0, =_ebss
        bx lr

        .section .text.runtime.mainStackTop,"ax",%progbits
        .global runtime.mainStackTop
        .type runtime.mainStackTop,%function
        .thumb_func
runtime.mainStackTop:
        ldr r0, =_stack_top
        bx lr

        .section .text.tsgo_scanCurrentStack,"ax",%progbits
        .global tsgo_scanCurrentStack
        .type tsgo_scanCurrentStack,%function
        .thumb_func
tsgo_scanCurrentStack:
        push {r3-r11, lr}
        mov r0, sp
        bl runtime.markCurrentStack
        pop {r3-r11, pc}

@ tsgo_stackOverflow: a stack check failed (runtime/stack.go). The stack pointer may point outside RAM, so it goes
@ back to the top of the main stack (the program ends anyway) before runtime.stackOverflow reports.
        .section .text.tsgo_stackOverflow,"ax",%progbits
        .global tsgo_stackOverflow
        .type tsgo_stackOverflow,%function
        .thumb_func
tsgo_stackOverflow:
        ldr r0, =_stack_top
        mov sp, r0
        bl runtime.stackOverflow        @ never returns (bl: in range on Thumb-1 too)
        .ltorg

@ runtime.cpuFrequency() uint32: the core clock in Hz, from the target's cpu-frequency (--defsym by the link step).
        .section .text.runtime.cpuFrequency,"ax",%progbits
        .global runtime.cpuFrequency
        .type runtime.cpuFrequency,%function
        .thumb_func
runtime.cpuFrequency:
        ldr r0, =_cpu_frequency
        bx lr
        .ltorg

@ runtime.waitForInterrupt(): sleeps until an interrupt (runtime/time_cortexm.go's sleepUntil).
        .section .text.runtime.waitForInterrupt,"ax",%progbits
        .global runtime.waitForInterrupt
        .type runtime.waitForInterrupt,%function
        .thumb_func
runtime.waitForInterrupt:
        wfi
        bx lr
