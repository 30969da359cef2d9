// The RP2040's second-stage boot loader check: the boot ROM runs the first 256 bytes of flash only when the CRC32 in
// their last word matches the first 252 bytes. targets/rp2040-boot2.s leaves that word zero; patchBoot2 computes the
// CRC after linking and writes it into the ELF's `.boot2` section, so every output made from the ELF (.elf, .bin,
// .hex, .uf2) boots. The CRC is the boot ROM's variant, defined with the simulated boot ROM (run/rp2040boot.ts).

import * as fs from 'node:fs';
import { UserError } from '../diag.ts';
import { elfSections, parseElf } from '../run/elf.ts';
import { BOOT2_SIZE, bootromCrc32 } from '../run/rp2040boot.ts';

/** BOOT2_SECTION is the ELF section that holds the boot loader (rp2040.ld places it at the start of flash). */
export const BOOT2_SECTION = '.boot2';

/**
 * patchBoot2 writes the CRC of the `.boot2` section's first 252 bytes into its last word, in the ELF file at elfPath.
 * An ELF without the section is left alone (only the RP2040 targets have one); a section of another size is a
 * UserError, since the boot ROM would not run it.
 */
export function patchBoot2(elfPath: string): void {
  const bytes = new Uint8Array(fs.readFileSync(elfPath));
  const elf = parseElf(bytes, elfPath);
  const section = elfSections(elf, elfPath).find((s) => s.name === BOOT2_SECTION);
  if (!section) return;
  if (section.size !== BOOT2_SIZE) {
    throw new UserError(`${elfPath}: section ${BOOT2_SECTION} is ${section.size} bytes; the RP2040 boot ROM loads exactly ${BOOT2_SIZE}`);
  }
  const crc = bootromCrc32(bytes.subarray(section.offset, section.offset + BOOT2_SIZE - 4));
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(section.offset + BOOT2_SIZE - 4, crc, true);
  fs.writeFileSync(elfPath, bytes);
}
