; Startup code and platform hooks for AVR microcontrollers with a 4-byte `jmp` vector table (ATmega328P and kin).
; Reset: zero r1 and SREG, set SP to the top of RAM, copy .data (which also holds .rodata) from flash to RAM,
; clear .bss and the heap, call `main`, then exit with code 0.
; Platform hooks (C calling convention, as the Go runtime calls them):
;   runtime.putchar(i8)       polls UDRE0 and writes UDR0 (turning the UART0 transmitter on at the first character)
;   runtime.exit(i32)         exit code (low byte) in r24, then `cli; sleep`: simulators read that as "finished"
;   runtime.heapStart() i16   address of the first heap byte (end of .bss)
;   runtime.heapEnd() i16     address just past the heap (bottom of the main stack)
;   tsgo_setjmp / tsgo_longjmp    save and resume a frame for a recovered panic (runtime/defer.go)
; Interrupt handlers are `__vector_N` (N = 1..25); undefined ones default to __bad_interrupt, which exits with 251.

        .equ UCSR0A, 0xc0
        .equ UCSR0B, 0xc1
        .equ UBRR0L, 0xc4
        .equ UDR0, 0xc6

        .macro vector n
        .weak __vector_\n
        .set __vector_\n, __bad_interrupt
        jmp __vector_\n
        .endm

        .section .vectors,"ax",@progbits
        .global __vectors
__vectors:
        jmp __reset
        vector 1
        vector 2
        vector 3
        vector 4
        vector 5
        vector 6
        vector 7
        vector 8
        vector 9
        vector 10
        vector 11
        vector 12
        vector 13
        vector 14
        vector 15
        vector 16
        vector 17
        vector 18
        vector 19
        vector 20
        vector 21
        vector 22
        vector 23
        vector 24
        vector 25

        .section .text.__reset,"ax",@progbits
        .global __reset
        .type __reset,@function
__reset:
        clr r1
        out 0x3f, r1          ; SREG
        ldi r28, lo8(_stack_top - 1)
        ldi r29, hi8(_stack_top - 1)
        out 0x3e, r29         ; SPH
        out 0x3d, r28         ; SPL

        ; copy .data from flash (_sidata) to RAM (_sdata.._edata)
        ldi r30, lo8(_sidata)
        ldi r31, hi8(_sidata)
        ldi r26, lo8(_sdata)
        ldi r27, hi8(_sdata)
        ldi r24, lo8(_edata)
        ldi r25, hi8(_edata)
        rjmp 2f
1:      lpm r0, Z+
        st X+, r0
2:      cp r26, r24
        cpc r27, r25
        brne 1b

        ; clear .bss and the heap (_sbss.._heap_end)
        ldi r26, lo8(_sbss)
        ldi r27, hi8(_sbss)
        ldi r24, lo8(_heap_end)
        ldi r25, hi8(_heap_end)
        rjmp 4f
3:      st X+, r1
4:      cp r26, r24
        cpc r27, r25
        brne 3b

        call main
        ldi r22, 0
        jmp runtime.exit

        .global __bad_interrupt
        .type __bad_interrupt,@function
__bad_interrupt:
        ldi r22, 251
        jmp runtime.exit

        .section .text.runtime.exit,"ax",@progbits
        .global runtime.exit
        .type runtime.exit,@function
runtime.exit:
        mov r24, r22
1:      cli
        sleep
        rjmp 1b

        .section .text.runtime.putchar,"ax",@progbits
        .global runtime.putchar
        .type runtime.putchar,@function
runtime.putchar:
        lds r25, UCSR0B         ; the transmitter is off until the first character (or machine.UART's Configure):
        sbrc r25, 3             ; TXEN0
        rjmp 1f
        ori r25, 0x08           ; then transmitter on (the receiver as it was) at 115200 baud at 16 MHz (U2X0,
        ldi r18, 0x02           ; UBRR0 = 16)
        sts UCSR0A, r18
        ldi r18, 16
        sts UBRR0L, r18
        sts UCSR0B, r25
1:      lds r25, UCSR0A
        sbrs r25, 5
        rjmp 1b
        sts UDR0, r24
        ret

        .section .text.runtime.heapStart,"ax",@progbits
        .global runtime.heapStart
        .type runtime.heapStart,@function
runtime.heapStart:
        ldi r24, lo8(_heap_start)
        ldi r25, hi8(_heap_start)
        ret

        .section .text.runtime.heapEnd,"ax",@progbits
        .global runtime.heapEnd
        .type runtime.heapEnd,@function
runtime.heapEnd:
        ldi r24, lo8(_heap_end)
        ldi r25, hi8(_heap_end)
        ret

; tsgo_setjmp(buf): saves r2-r17, r28-r29, the caller's stack pointer and the return address in buf (22 bytes) and
; returns 0; tsgo_longjmp(buf) restores them, puts the return address back below the saved stack pointer and returns
; 1 from that tsgo_setjmp (a recovered panic, runtime/defer.go). The stack pointer is written with interrupts off.
        .section .text.tsgo_setjmp,"ax",@progbits
        .global tsgo_setjmp
        .type tsgo_setjmp,@function
tsgo_setjmp:
        movw r26, r24
        .irp r, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,28,29
        st X+, r\r
        .endr
        in r18, 0x3d            ; SPL
        in r19, 0x3e            ; SPH
        movw r30, r18
        ldd r20, Z+1            ; return address, high byte
        ldd r21, Z+2            ; low byte
        subi r18, 0xfe          ; the caller's stack pointer: SP + 2
        sbci r19, 0xff
        st X+, r18
        st X+, r19
        st X+, r20
        st X+, r21
        ldi r24, 0
        ret

        .section .text.tsgo_longjmp,"ax",@progbits
        .global tsgo_longjmp
        .type tsgo_longjmp,@function
tsgo_longjmp:
        movw r26, r24
        .irp r, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,28,29
        ld r\r, X+
        .endr
        ld r18, X+
        ld r19, X+
        ld r20, X+
        ld r21, X+
        subi r18, 2             ; the return address goes back just below it
        sbci r19, 0
        movw r30, r18
        std Z+1, r20
        std Z+2, r21
        in r0, 0x3f             ; SREG
        cli
        out 0x3e, r19           ; SPH
        out 0x3f, r0
        out 0x3d, r18           ; SPL
        ldi r24, 1
        ret

; Weak memory helpers: LLVM lowers memcpy/memmove/memset intrinsics to these calls (size_t is 16 bits: n in r20:r21).
; A stronger definition elsewhere (the runtime, avr-libc) wins.
        .section .text.memcpy,"ax",@progbits
        .weak memcpy
        .type memcpy,@function
memcpy:
        movw r30, r22
        movw r26, r24
        rjmp 2f
1:      ld r0, Z+
        st X+, r0
2:      subi r20, 1
        sbci r21, 0
        brcc 1b
        ret

        .weak memmove
        .type memmove,@function
memmove:
        cp r22, r24
        cpc r23, r25
        brsh memcpy
        movw r30, r22
        add r30, r20
        adc r31, r21
        movw r26, r24
        add r26, r20
        adc r27, r21
        rjmp 2f
1:      ld r0, -Z
        st -X, r0
2:      subi r20, 1
        sbci r21, 0
        brcc 1b
        ret

        .section .text.memset,"ax",@progbits
        .weak memset
        .type memset,@function
memset:
        movw r26, r24
        rjmp 2f
1:      st X+, r22
2:      subi r20, 1
        sbci r21, 0
        brcc 1b
        ret

; 64-bit division helpers (avr-gcc ABI: dividend in r18..r25, divisor in r10..r17, result in r18..r25; r2..r17 are
; preserved). avr-gcc 5.4's libgcc has them, but ld.lld-14 cannot link those objects (R_AVR_*_GS relocations, a
; wrong R_AVR_7_PCREL range check), so these weak definitions keep libgcc's from being pulled in.
        .macro neg64 a0, a1, a2, a3, a4, a5, a6, a7
        com \a0
        com \a1
        com \a2
        com \a3
        com \a4
        com \a5
        com \a6
        com \a7
        sec
        adc \a0, r1
        adc \a1, r1
        adc \a2, r1
        adc \a3, r1
        adc \a4, r1
        adc \a5, r1
        adc \a6, r1
        adc \a7, r1
        .endm

        .macro pushregs
        .irp r, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
        push r\r
        .endr
        .endm

        .macro popregs
        .irp r, 17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2
        pop r\r
        .endr
        .endm

        .section .text.__udivdi3,"ax",@progbits
; udivmod64: r18..r25 / r10..r17 -> quotient in r18..r25, remainder in r2..r9 (restoring shift-and-subtract).
udivmod64:
        clr r2
        clr r3
        movw r4, r2
        movw r6, r2
        movw r8, r2
        ldi r26, 64
1:      lsl r18
        rol r19
        rol r20
        rol r21
        rol r22
        rol r23
        rol r24
        rol r25
        rol r2
        rol r3
        rol r4
        rol r5
        rol r6
        rol r7
        rol r8
        rol r9
        brcs 2f                 ; the remainder overflowed 64 bits: it is certainly >= the divisor
        cp r2, r10
        cpc r3, r11
        cpc r4, r12
        cpc r5, r13
        cpc r6, r14
        cpc r7, r15
        cpc r8, r16
        cpc r9, r17
        brcs 3f
2:      sub r2, r10
        sbc r3, r11
        sbc r4, r12
        sbc r5, r13
        sbc r6, r14
        sbc r7, r15
        sbc r8, r16
        sbc r9, r17
        inc r18
3:      dec r26
        breq 4f
        rjmp 1b                 ; not brne: ld.lld-14 checks R_AVR_7_PCREL against +-64 bytes, not words
4:      ret

; divsigned: r27 bit 7 = negate the result; the operands are made non-negative first. Caller saved r2..r17.
divsigned:
        sbrs r25, 7
        rjmp 1f
        neg64 r18, r19, r20, r21, r22, r23, r24, r25
1:      sbrs r17, 7
        rjmp 2f
        neg64 r10, r11, r12, r13, r14, r15, r16, r17
2:      rjmp udivmod64

        .weak __udivdi3
        .type __udivdi3,@function
__udivdi3:
        pushregs
        rcall udivmod64
        popregs
        ret

        .weak __umoddi3
        .type __umoddi3,@function
__umoddi3:
        pushregs
        rcall udivmod64
        rjmp moveremainder

        .weak __divdi3
        .type __divdi3,@function
__divdi3:
        pushregs
        mov r27, r25
        eor r27, r17
        rcall divsigned
        rjmp fixsign

        .weak __moddi3
        .type __moddi3,@function
__moddi3:
        pushregs
        mov r27, r25
        rcall divsigned
moveremainder:
        movw r18, r2
        movw r20, r4
        movw r22, r6
        movw r24, r8
fixsign:
        sbrs r27, 7
        rjmp 1f
        neg64 r18, r19, r20, r21, r22, r23, r24, r25
1:      popregs
        ret

; Goroutine switches (runtime/scheduler_tasks.go).
; tsgo_swapTask(newSP, oldSP *uintptr): pushes the callee-saved registers (r2-r17, r28, r29), stores SP in *oldSP,
; moves to the stack at newSP (interrupts off while SP changes) and pops the registers saved there; `ret` resumes
; that task.
        .section .text.tsgo_swapTask,"ax",@progbits
        .global tsgo_swapTask
        .type tsgo_swapTask,@function
tsgo_swapTask:
        .irp r, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,28,29
        push r\r
        .endr
        in r18, 0x3d            ; SPL
        in r19, 0x3e            ; SPH
        movw r26, r22
        st X+, r18
        st X, r19
        in r0, 0x3f             ; SREG
        cli
        out 0x3e, r25           ; SPH
        out 0x3f, r0
        out 0x3d, r24           ; SPL
        .irp r, 29,28,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2
        pop r\r
        .endr
        ret

; tsgo_prepareTask(top) sp: lays out below top a frame for tsgo_swapTask to pop: 18 zeroed registers, then the word
; address of tsgo_taskStart as the return address (high byte first in memory, as `call` leaves it). Returns the
; task's initial stack pointer, top - 21 (SP points below the last byte pushed).
        .section .text.tsgo_prepareTask,"ax",@progbits
        .global tsgo_prepareTask
        .type tsgo_prepareTask,@function
        .weak tsgo_taskStart
tsgo_prepareTask:
        movw r26, r24
        ldi r18, pm_lo8(tsgo_taskStart)
        ldi r19, pm_hi8(tsgo_taskStart)
        st -X, r18
        st -X, r19
        ldi r18, 18
1:      st -X, r1
        dec r18
        brne 1b
        sbiw r26, 1
        movw r24, r26
        ret

; ---------------------------------------------------------------------------------------------------------------------
; Interrupt masking (runtime/interrupts.go): sync/atomic's operations, and later runtime/interrupt's Disable/Restore.
;   runtime.disableInterrupts() i16    returns SREG (its I bit says whether interrupts were enabled), then cli
;   runtime.restoreInterrupts(i16)     writes the saved SREG back (re-enabling interrupts only if they were enabled)

        .section .text.runtime.disableInterrupts,"ax",@progbits
        .global runtime.disableInterrupts
        .type runtime.disableInterrupts,@function
runtime.disableInterrupts:
        in r24, 0x3f
        clr r25
        cli
        ret

        .section .text.runtime.restoreInterrupts,"ax",@progbits
        .global runtime.restoreInterrupts
        .type runtime.restoreInterrupts,@function
runtime.restoreInterrupts:
        out 0x3f, r24
        ret

; ---------------------------------------------------------------------------------------------------------------------
; The garbage collector's hooks (runtime/gc_conservative.go, runtime/scheduler_*.go).
;   runtime.globalsStart() i16 / runtime.globalsEnd() i16   the package variables: .data (with .rodata) and .bss
;   runtime.mainStackTop() i16                             just past the main stack (_stack_top)
;   tsgo_scanCurrentStack()   pushes the callee-saved registers r2-r17 and r28-r29, then calls
;                             runtime.markCurrentStack(sp) with the address of the last byte pushed (SP + 1: AVR's SP
;                             points at the next free byte), so that pointers held only in registers are scanned as
;                             stack words.
        .section .text.runtime.globalsStart,"ax",@progbits
        .global runtime.globalsStart
        .type runtime.globalsStart,@function
runtime.globalsStart:
        ldi r24, lo8(_sdata)
        ldi r25, hi8(_sdata)
        ret

        .section .text.runtime.globalsEnd,"ax",@progbits
        .global runtime.globalsEnd
        .type runtime.globalsEnd,@function
runtime.globalsEnd:
        ldi r24, lo8(_ebss)
        ldi r25, hi8(_ebss)
        ret

        .section .text.runtime.mainStackTop,"ax",@progbits
        .global runtime.mainStackTop
        .type runtime.mainStackTop,@function
runtime.mainStackTop:
        ldi r24, lo8(_stack_top)
        ldi r25, hi8(_stack_top)
        ret

        .section .text.tsgo_scanCurrentStack,"ax",@progbits
        .global tsgo_scanCurrentStack
        .type tsgo_scanCurrentStack,@function
tsgo_scanCurrentStack:
        .irp r, 3,2,5,4,7,6,9,8,11,10,13,12,15,14,17,16,29,28   ; each pair's low byte at the lower address
        push r\r
        .endr
        in r24, 0x3d            ; SPL
        in r25, 0x3e            ; SPH
        adiw r24, 1
        call runtime.markCurrentStack
        .irp r, 28,29,16,17,14,15,12,13,10,11,8,9,6,7,4,5,2,3
        pop r\r
        .endr
        ret

; tsgo_stackOverflow: a stack check failed (runtime/stack.go). The stack pointer may point outside RAM, so it goes
; back to the top of the main stack (the program ends anyway) before runtime.stackOverflow reports.
        .section .text.tsgo_stackOverflow,"ax",@progbits
        .global tsgo_stackOverflow
        .type tsgo_stackOverflow,@function
tsgo_stackOverflow:
        cli
        ldi r28, lo8(_stack_top - 1)
        ldi r29, hi8(_stack_top - 1)
        out 0x3e, r29           ; SPH
        out 0x3d, r28           ; SPL
        clr r1
        jmp runtime.stackOverflow

; ---------------------------------------------------------------------------------------------------------------------
; The clock (runtime/time_avrclock.go): Timer0 counts the CPU clock / 64, a tick, and overflows every 256 ticks.
;   tsgo_timer0Overflows              the overflows, little-endian in 40 bits (.bss)
;   runtime.timer0Overflow            the TIMER0_OVF interrupt's handler (its vector jumps here): counts one overflow,
;                                     a byte at a time, stopping at the first byte that does not wrap
;   runtime.clockTicks() i64          the clock in ticks (48 bits: overflows, count), counting an overflow the
;                                     interrupt has not yet counted; interrupts are masked while it reads. The first
;                                     reading starts the clock (TOIE0 still clear): Timer0 at clock/64, its overflow
;                                     interrupt, and interrupts enabled
;   runtime.waitTicks(i32 n)          returns once more than n ticks have passed (n < 2^30): sleeps while an overflow
;                                     interrupt is due before the end, polls the count for the last 256 ticks at most,
;                                     then puts SREG's I bit back as it found it
; In assembly, not Go: LLVM 14's AVR backend branches on a 32-bit comparison through a materialised boolean, and an
; interrupt handler compiled from Go saves every register its 32-bit arithmetic touches (this is a third of the size).
        .section .bss.tsgo_timer0Overflows,"aw",@nobits
tsgo_timer0Overflows:
        .skip 5

        .section .text.runtime.timer0Overflow,"ax",@progbits
        .global runtime.timer0Overflow
        .type runtime.timer0Overflow,@function
runtime.timer0Overflow:
        push r24
        in r24, 0x3f            ; SREG
        push r24
        push r30
        push r31
        ldi r30, lo8(tsgo_timer0Overflows)
        ldi r31, hi8(tsgo_timer0Overflows)
1:      ld r24, Z
        inc r24
        st Z+, r24
        brne 2f                 ; this byte did not wrap: done
        cpi r30, lo8(tsgo_timer0Overflows + 5)
        brne 1b
2:      pop r31
        pop r30
        pop r24
        out 0x3f, r24
        pop r24
        reti

        .section .text.runtime.clockTicks,"ax",@progbits
        .global runtime.clockTicks
        .type runtime.clockTicks,@function
runtime.clockTicks:
        lds r24, 0x6e           ; TIMSK0
        sbrc r24, 0             ; TOIE0: the clock runs
        rjmp 1f
        ldi r24, 3              ; TCCR0B: clock / 64
        out 0x25, r24
        ldi r24, 1              ; TIMSK0: TOIE0
        sts 0x6e, r24
        sei
1:      in r0, 0x3f
        cli
        in r18, 0x26            ; TCNT0
        lds r19, tsgo_timer0Overflows
        lds r20, tsgo_timer0Overflows + 1
        lds r21, tsgo_timer0Overflows + 2
        lds r22, tsgo_timer0Overflows + 3
        lds r23, tsgo_timer0Overflows + 4
        sbis 0x15, 0            ; TIFR0's TOV0: an overflow the interrupt has not counted...
        rjmp 2f
        cpi r18, 255            ; ...unless the count was read before it
        breq 2f
        subi r19, 0xff          ; + 1 (AVR adds by subtracting -1: the carry is a borrow)
        sbci r20, 0xff
        sbci r21, 0xff
        sbci r22, 0xff
        sbci r23, 0xff
2:      out 0x3f, r0
        clr r24
        clr r25
        ret

        .section .text.runtime.waitTicks,"ax",@progbits
        .global runtime.waitTicks
        .type runtime.waitTicks,@function
runtime.waitTicks:
        push r13
        push r14
        push r15
        push r16
        push r17
        in r13, 0x3f            ; the caller's SREG, for its I bit
        movw r14, r22           ; r14-r17: n, then the end (ticks now + n + 1)
        movw r16, r24
        call runtime.clockTicks
        sec
        adc r14, r18
        adc r15, r19
        adc r16, r20
        adc r17, r21
1:      cli
        call runtime.clockTicks
        movw r22, r14           ; left = end - ticks
        movw r24, r16
        sub r22, r18
        sbc r23, r19
        sbc r24, r20
        sbc r25, r21
        brmi 3f                 ; left < 0: past the end
        breq 3f                 ; left = 0 (sbc keeps Z only while every byte is zero)
        cpi r22, 1              ; left < 257: poll
        ldi r26, 1
        cpc r23, r26
        cpc r24, r1
        cpc r25, r1
        brlo 2f
        ldi r26, 1              ; SMCR: sleep enable, idle mode
        out 0x33, r26
        sei                     ; takes effect after the sleep: no interrupt slips in between
        sleep
        rjmp 1b
2:      sei
        rjmp 1b
3:      out 0x3f, r13
        pop r17
        pop r16
        pop r15
        pop r14
        pop r13
        ret
