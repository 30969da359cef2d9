; Startup code and platform hooks for AVR microcontrollers with a 4-byte `jmp` vector table (ATmega328P and kin).
; Reset: zero r1 and SREG, set SP to the top of RAM, copy .data (which also holds .rodata) from flash to RAM,
; clear .bss and the heap, enable the UART0 transmitter, call `main`, then exit with code 0.
; Platform hooks (C calling convention, as the Go runtime calls them):
;   runtime.putchar(i8)       polls UDRE0 and writes UDR0
;   runtime.exit(i32)         exit code (low byte) in r24, then `cli; sleep`: simulators read that as "finished"
;   runtime.heapStart() i16   address of the first heap byte (end of .bss)
;   runtime.heapEnd() i16     address just past the heap (bottom of the main stack)
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

        ; UART0: 115200 baud at 16 MHz (U2X0, UBRR0 = 16), transmitter on
        ldi r24, 0x02
        sts UCSR0A, r24
        ldi r24, 16
        sts UBRR0L, r24
        ldi r24, 0x08
        sts UCSR0B, r24

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
