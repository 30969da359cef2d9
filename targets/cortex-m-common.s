@ Platform hooks shared by every ARM Cortex-M target (ARMv6-M and ARMv7-M), in Thumb-1 instructions only so that the
@ Cortex-M0+ (RP2040) can run them as well as the Cortex-M3. Each target's own startup file adds the vector table, the
@ reset and fault handlers, runtime.putchar (unless the runtime writes it in Go) and runtime.exit, and defines
@ Default_Handler. Hooks (AAPCS, as the Go runtime calls them):
@   runtime.heapStart()/heapEnd()             the heap bounds from the linker script
@   runtime.globalsStart()/globalsEnd()       the package variables: .data and .bss (.rodata stays in flash)
@   runtime.mainStackTop()                    just past the main stack (_stack_top)
@   tsgo_scanCurrentStack()                   the garbage collector's view of the registers (below)
@   tsgo_setjmp(buf) i8 / tsgo_longjmp(buf)   save and restore r4-r11, sp and lr (runtime/defer.go)
@   tsgo_swapTask / tsgo_prepareTask          goroutine switches (runtime/scheduler_tasks.go)
@   runtime.disableInterrupts/restoreInterrupts   PRIMASK (runtime/interrupts.go)
@   tsgo_stackOverflow                        a failed stack check (runtime/stack.go)
@   memcpy, memmove, memset and their __aeabi_ variants (weak)

        .syntax unified
        .thumb

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


@ tsgo_setjmp(buf): saves r4-r11, sp and lr in buf (ten words, in that order) and returns 0; tsgo_longjmp(buf)
@ restores them and returns 1 from that tsgo_setjmp (a recovered panic, runtime/defer.go).
        .section .text.tsgo_setjmp,"ax",%progbits
        .global tsgo_setjmp
        .type tsgo_setjmp,%function
        .thumb_func
tsgo_setjmp:
        stmia r0!, {r4-r7}
        mov r1, r8
        mov r2, r9
        mov r3, r10
        stmia r0!, {r1-r3}
        mov r1, r11
        mov r2, sp
        mov r3, lr
        stmia r0!, {r1-r3}
        movs r0, #0
        bx lr

        .section .text.tsgo_longjmp,"ax",%progbits
        .global tsgo_longjmp
        .type tsgo_longjmp,%function
        .thumb_func
tsgo_longjmp:
        adds r0, #16
        ldmia r0!, {r1-r3}
        mov r8, r1
        mov r9, r2
        mov r10, r3
        ldmia r0!, {r1-r3}
        mov r11, r1
        mov sp, r2
        mov lr, r3
        subs r0, #40
        ldmia r0!, {r4-r7}
        movs r0, #1
        bx lr

@ Weak memory helpers: LLVM lowers memcpy/memmove/memset intrinsics to these calls (the EABI variants on ARM, whose
@ memset takes (dest, n, c)). A stronger definition elsewhere (the runtime, a libc) wins. Byte loops: small, and
@ correct for any alignment (the Cortex-M0+ faults on unaligned word accesses).
@ memcpy copies from the last byte down, which also makes it memmove's copy for a destination above the source.
        .section .text.memcpy,"ax",%progbits
        .weak memcpy
        .type memcpy,%function
        .thumb_func
memcpy:
1:      subs r2, #1
        bcc 2f                          @ n was 0: done
        ldrb r3, [r1, r2]
        strb r3, [r0, r2]
        b 1b
2:      bx lr
        .weak __aeabi_memcpy
        .thumb_set __aeabi_memcpy, memcpy
        .weak __aeabi_memcpy4
        .thumb_set __aeabi_memcpy4, memcpy
        .weak __aeabi_memcpy8
        .thumb_set __aeabi_memcpy8, memcpy

@ memmove copies upwards when the destination is below the source (memcpy's downward copy could overwrite source
@ bytes before reading them), else it is memcpy.
        .weak memmove
        .type memmove,%function
        .thumb_func
memmove:
        cmp r0, r1
        bhi memcpy
        push {r4, lr}
        movs r3, #0
        b 2f
1:      ldrb r4, [r1, r3]
        strb r4, [r0, r3]
        adds r3, #1
2:      cmp r3, r2
        bne 1b
        pop {r4, pc}
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
1:      subs r2, #1
        bcc 2f
        strb r1, [r0, r2]
        b 1b
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
        bl Default_Handler

@ Goroutine switches (runtime/scheduler_tasks.go).
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
@   tsgo_scanCurrentStack()   pushes the callee-saved registers r4-r11 (r8-r11 through low registers, and r3 to keep
@                             the stack 8-byte aligned: ten words), then calls runtime.markCurrentStack(sp), so that
@                             pointers held only in registers are scanned as stack words
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
        push {r4-r7, lr}
        mov r4, r8
        mov r5, r9
        mov r6, r10
        mov r7, r11
        push {r3-r7}
        mov r0, sp
        bl runtime.markCurrentStack
        add sp, #20                     @ r8-r11 were only copied: they still hold their values
        pop {r4-r7, pc}

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


@ runtime.waitForInterrupt(): sleeps until an interrupt (runtime/time_cortexm.go's sleepUntil).
        .section .text.runtime.waitForInterrupt,"ax",%progbits
        .global runtime.waitForInterrupt
        .type runtime.waitForInterrupt,%function
        .thumb_func
runtime.waitForInterrupt:
        wfi
        bx lr
