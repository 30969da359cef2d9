// The part of the RP2040's boot ROM that starts a program from flash, as the simulator needs it: rp2040js ships no
// boot ROM, so runRp2040 does in TypeScript what the ROM does before it hands over (RP2040 datasheet, 2.8.1 "Boot
// Sequence" and 2.8.1.3 "Flash Boot"): check the CRC32 of the first 252 bytes of flash against the word after them,
// copy the 256 bytes to the top of SRAM (0x20041f00) and run them there in Thumb state. Everything after that —
// the second-stage boot loader enabling execute-in-place, setting VTOR, loading the stack pointer and jumping to the
// reset handler — is the program's own code, simulated. The CRC is the ROM's variant, which the linker step also uses
// to patch the boot loader (compiler/build/boot2.ts): polynomial 0x04c11db7, initial value 0xffffffff, bits most
// significant first, no final xor (CRC-32/MPEG-2).

import type { RP2040 } from 'rp2040js';

/** BOOT2_SIZE is the size of the second-stage boot loader: 252 bytes of code and its CRC32. */
export const BOOT2_SIZE = 256;

/** BOOT2_RAM_ADDRESS is where the boot ROM copies the boot loader and runs it. */
export const BOOT2_RAM_ADDRESS = 0x20041f00;

/** BOOTROM_STACK_TOP is the stack pointer the boot loader starts with (the top of SRAM5). */
export const BOOTROM_STACK_TOP = 0x20042000;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/** bootromCrc32 returns the boot ROM's CRC32 of data (CRC-32/MPEG-2: "123456789" gives 0x0376e6e7). */
export function bootromCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of data) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0;
  return crc;
}

/** boot2Valid tells whether flash (from its first byte) starts with a boot loader whose CRC the ROM accepts. */
export function boot2Valid(flash: Uint8Array): boolean {
  if (flash.length < BOOT2_SIZE) return false;
  const stored = new DataView(flash.buffer, flash.byteOffset).getUint32(BOOT2_SIZE - 4, true);
  return bootromCrc32(flash.subarray(0, BOOT2_SIZE - 4)) === stored;
}

/**
 * bootFromFlash prepares the simulated chip as the boot ROM leaves it when it enters a valid boot loader: the 256
 * bytes copied to BOOT2_RAM_ADDRESS, the stack pointer at BOOTROM_STACK_TOP, the program counter at the copy. Returns
 * false, changing nothing, when the CRC does not match (a real RP2040 would then wait as a USB drive).
 */
export function bootFromFlash(chip: RP2040): boolean {
  if (!boot2Valid(chip.flash)) return false;
  chip.sram.set(chip.flash.subarray(0, BOOT2_SIZE), BOOT2_RAM_ADDRESS - 0x20000000);
  chip.core.SP = BOOTROM_STACK_TOP;
  chip.core.LR = 0;
  chip.core.PC = BOOT2_RAM_ADDRESS;
  return true;
}
