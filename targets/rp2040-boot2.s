@ Second-stage boot loader ("boot2") for the RP2040, tsgo's own. The boot ROM reads the first 256 bytes of the QSPI
@ flash, checks that the CRC32 in its last word matches the first 252 bytes (polynomial 0x04c11db7, initial value
@ 0xffffffff, no reflection, no final xor), copies them to 0x20041f00 and runs them in Thumb state. This code then:
@   1. configures the SSI (the flash interface at 0x18000000) for execute-in-place with the plain serial read command
@      03h: 24-bit address, 32-bit data frames, SCK = clk_sys / 4. Every SPI NOR flash chip knows 03h, so this works
@      on any board, at the price of speed (one bit per clock, and 03h is specified up to about 50 MHz: with clk_sys
@      at 125 MHz the clock is 31.25 MHz);
@   2. points VTOR at the vector table that follows at 0x10000100, loads the initial stack pointer from it and jumps
@      to its reset handler.
@ It is position independent (literals are PC-relative) and uses no stack. The linker step (compiler/build/boot2.ts)
@ writes the CRC into the last word; the linker script checks that the section is 256 bytes.

        .syntax unified
        .cpu cortex-m0plus
        .thumb

        .equ SSI_BASE, 0x18000000
        .equ SSI_CTRLR0, 0x00           @ DFS_32 (bits 20:16) = frame size - 1, TMOD (bits 9:8)
        .equ SSI_CTRLR1, 0x04           @ NDF: data frames per transfer - 1
        .equ SSI_SSIENR, 0x08
        .equ SSI_BAUDR, 0x14
        .equ SSI_SPI_CTRLR0, 0xf4       @ XIP_CMD (31:24), INST_L (9:8), ADDR_L (5:2), TRANS_TYPE (1:0)
        .equ CTRLR0_XIP, (31 << 16) | (3 << 8)                  @ 32-bit frames, TMOD = EEPROM read (send, then receive)
        .equ SPI_CTRLR0_XIP, (0x03 << 24) | (2 << 8) | (6 << 2) @ command 03h, 8-bit instruction, 24-bit address, all serial
        .equ CLKDIV, 4
        .equ VTOR, 0xe000ed08
        .equ VECTORS, 0x10000100

        .section .boot2,"ax",%progbits
        .global tsgo_boot2
        .type tsgo_boot2,%function
        .thumb_func
tsgo_boot2:
        ldr r3, =SSI_BASE
        movs r0, #0
        str r0, [r3, #SSI_SSIENR]       @ the SSI must be disabled while it is configured
        movs r1, #CLKDIV
        str r1, [r3, #SSI_BAUDR]
        ldr r1, =CTRLR0_XIP
        str r1, [r3, #SSI_CTRLR0]
        str r0, [r3, #SSI_CTRLR1]       @ one 32-bit frame per XIP access
        ldr r1, =SPI_CTRLR0_XIP
        ldr r2, =SSI_BASE + SSI_SPI_CTRLR0
        str r1, [r2]
        movs r0, #1
        str r0, [r3, #SSI_SSIENR]

        ldr r0, =VECTORS
        ldr r1, =VTOR
        str r0, [r1]
        ldm r0!, {r1, r2}               @ initial SP, reset handler
        msr msp, r1
        bx r2
        .ltorg

        .space 252 - (. - tsgo_boot2), 0
        .word 0                         @ CRC32 of the 252 bytes above, patched at link time
        .size tsgo_boot2, . - tsgo_boot2
