// UF2 output: the file format of Microsoft's UF2 boot loaders, which the RP2040's boot ROM speaks (copy the file to the
// `RPI-RP2` USB drive and the chip flashes and starts it). The file is a sequence of independent 512-byte blocks,
// each carrying 256 bytes for one flash address; the format's specification (github.com/microsoft/uf2, README
// "File format") fixes the layout, all little-endian 32-bit words:
//   0 magic 0x0a324655 ("UF2\n"), 4 magic 0x9e5d5157, 8 flags, 12 target address, 16 payload size (256 here),
//   20 block number, 24 number of blocks, 28 family ID (flag 0x2000 says the word is one), 32 476 bytes of data
//   (the payload, then zeros), 508 magic 0x0ab16f30.
// The payloads are the ELF's flash image (every loadable segment's file bytes at its physical address), cut into
// 256-byte pages aligned to 256; bytes of a page that no segment covers are zero.

import { UserError } from '../diag.ts';
import { PT_LOAD, type ElfFile } from '../run/elf.ts';

/** UF2 constants of the block layout. */
export const UF2_MAGIC_START0 = 0x0a324655;
export const UF2_MAGIC_START1 = 0x9e5d5157;
export const UF2_MAGIC_END = 0x0ab16f30;
/** UF2_FLAG_FAMILY_ID_PRESENT says word 28 of a block is a family ID rather than a file size. */
export const UF2_FLAG_FAMILY_ID_PRESENT = 0x00002000;
export const UF2_BLOCK_SIZE = 512;
export const UF2_PAYLOAD_SIZE = 256;

/** FlashPage is one 256-byte page of a flash image at its address. */
export interface FlashPage {
  address: number;
  data: Uint8Array;
}

/** flashPages cuts an ELF's flash image into 256-byte pages, in address order, covering every loadable byte. */
export function flashPages(elf: ElfFile): FlashPage[] {
  const pages = new Map<number, Uint8Array>();
  for (const seg of elf.segments) {
    if (seg.type !== PT_LOAD || seg.filesz === 0) continue;
    for (let i = 0; i < seg.filesz; ) {
      const addr = seg.paddr + i;
      const base = addr - (addr % UF2_PAYLOAD_SIZE);
      let page = pages.get(base);
      if (!page) pages.set(base, (page = new Uint8Array(UF2_PAYLOAD_SIZE)));
      const n = Math.min(UF2_PAYLOAD_SIZE - (addr - base), seg.filesz - i);
      page.set(elf.bytes.subarray(seg.offset + i, seg.offset + i + n), addr - base);
      i += n;
    }
  }
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([address, data]) => ({ address, data }));
}

/** makeUf2 encodes the flash image of elf as a UF2 file for the given family ID. */
export function makeUf2(elf: ElfFile, familyId: number, name = 'firmware'): Uint8Array {
  const pages = flashPages(elf);
  if (pages.length === 0) throw new UserError(`${name}: no loadable bytes to write as UF2`);
  const out = new Uint8Array(pages.length * UF2_BLOCK_SIZE);
  const dv = new DataView(out.buffer);
  pages.forEach((page, i) => {
    const o = i * UF2_BLOCK_SIZE;
    dv.setUint32(o, UF2_MAGIC_START0, true);
    dv.setUint32(o + 4, UF2_MAGIC_START1, true);
    dv.setUint32(o + 8, UF2_FLAG_FAMILY_ID_PRESENT, true);
    dv.setUint32(o + 12, page.address, true);
    dv.setUint32(o + 16, UF2_PAYLOAD_SIZE, true);
    dv.setUint32(o + 20, i, true);
    dv.setUint32(o + 24, pages.length, true);
    dv.setUint32(o + 28, familyId >>> 0, true);
    out.set(page.data, o + 32);
    dv.setUint32(o + 508, UF2_MAGIC_END, true);
  });
  return out;
}
