// A minimal ELF reader for the runners: the header fields and program headers of 32- and 64-bit little-endian ELF
// files, the flash image of a firmware (the bytes of every PT_LOAD segment placed at its physical address, which
// is the load address in flash for .data as well as for .text), and the section headers and symbol table that the
// stack-size analysis reads. Layout facts from the System V gABI, "ELF header", "Program header", "Sections" and
// "Symbol Table" chapters. Malformed files raise a UserError, never a RangeError.

import { UserError } from '../diag.ts';

/** ElfSegment is one program header. */
export interface ElfSegment {
  /** type is p_type (1 = PT_LOAD). */
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
  flags: number;
}

/** ElfFile is the parsed header of an ELF file plus its program headers. */
export interface ElfFile {
  is64: boolean;
  /** machine is e_machine (0x53 AVR, 0x28 ARM, 0x3e x86-64). */
  machine: number;
  entry: number;
  segments: ElfSegment[];
  bytes: Uint8Array;
}

/** PT_LOAD is the program header type of a loadable segment. */
export const PT_LOAD = 1;

/** EM_AVR, EM_ARM and EM_X86_64 are the e_machine values tsgo produces. */
export const EM_AVR = 0x53;
export const EM_ARM = 0x28;
export const EM_X86_64 = 0x3e;

/** parseElf reads the ELF header and program headers of `bytes`; `name` is used in error messages. */
export function parseElf(bytes: Uint8Array, name = 'firmware'): ElfFile {
  const bad = (why: string): never => {
    throw new UserError(`${name}: not a valid ELF file: ${why}`);
  };
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    bad('bad magic');
  }
  const cls = bytes[4];
  if (cls !== 1 && cls !== 2) bad(`unknown class ${cls}`);
  if (bytes[5] !== 1) bad('not little-endian');
  const is64 = cls === 2;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (off: number): number => dv.getUint16(off, true);
  const u32 = (off: number): number => dv.getUint32(off, true);
  const word = (off: number): number => (is64 ? Number(dv.getBigUint64(off, true)) : dv.getUint32(off, true));
  if (is64 && bytes.length < 64) bad('truncated header');
  const machine = u16(18);
  const entry = word(24);
  const phoff = is64 ? word(32) : u32(28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  if (phnum > 0 && (phoff + phnum * phentsize > bytes.length || phentsize < (is64 ? 56 : 32))) {
    bad('program headers out of range');
  }
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    const seg: ElfSegment = is64
      ? {
          type: u32(p),
          flags: u32(p + 4),
          offset: word(p + 8),
          vaddr: word(p + 16),
          paddr: word(p + 24),
          filesz: word(p + 32),
          memsz: word(p + 40),
        }
      : {
          type: u32(p),
          offset: u32(p + 4),
          vaddr: u32(p + 8),
          paddr: u32(p + 12),
          filesz: u32(p + 16),
          memsz: u32(p + 20),
          flags: u32(p + 24),
        };
    if (seg.type === PT_LOAD && seg.offset + seg.filesz > bytes.length) bad(`segment ${i} out of range`);
    segments.push(seg);
  }
  return { is64, machine, entry, segments, bytes };
}

/**
 * flashImage returns the bytes a programmer writes to flash: every PT_LOAD segment's file bytes at its physical
 * address, for segments below `limit` (on AVR, addresses from 0x800000 are RAM and are not part of flash).
 * Throws a UserError when the image does not fit in `size` bytes.
 */
export function flashImage(elf: ElfFile, size: number, limit = Number.MAX_SAFE_INTEGER, name = 'firmware'): Uint8Array {
  const image = new Uint8Array(size);
  for (const seg of elf.segments) {
    if (seg.type !== PT_LOAD || seg.filesz === 0 || seg.paddr >= limit) continue;
    if (seg.paddr + seg.filesz > size) {
      throw new UserError(`${name}: program does not fit in ${size} bytes of flash (segment ends at ${seg.paddr + seg.filesz})`);
    }
    image.set(elf.bytes.subarray(seg.offset, seg.offset + seg.filesz), seg.paddr);
  }
  return image;
}

/** ElfSection is one section header, with its name resolved. */
export interface ElfSection {
  name: string;
  type: number;
  addr: number;
  offset: number;
  size: number;
}

/** ElfSymbol is one entry of the symbol table (.symtab). */
export interface ElfSymbol {
  name: string;
  value: number;
  size: number;
  /** type is STT_* (0 none, 1 object, 2 func, 3 section, 4 file). */
  type: number;
  /** section is the index of the section the symbol is defined in (0: undefined, >= 0xff00: special). */
  section: number;
}

/** STT_FUNC is the symbol type of a function. */
export const STT_FUNC = 2;
const SHT_NOBITS = 8;

/** elfSections reads the section headers of an ELF file. */
export function elfSections(elf: ElfFile, name = 'firmware'): ElfSection[] {
  const { bytes, is64 } = elf;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (off: number): number => dv.getUint16(off, true);
  const u32 = (off: number): number => dv.getUint32(off, true);
  const word = (off: number): number => (is64 ? Number(dv.getBigUint64(off, true)) : dv.getUint32(off, true));
  const shoff = word(is64 ? 40 : 32);
  const shentsize = u16(is64 ? 58 : 46);
  const shnum = u16(is64 ? 60 : 48);
  const shstrndx = u16(is64 ? 62 : 50);
  if (shnum === 0) return [];
  if (shoff + shnum * shentsize > bytes.length || shentsize < (is64 ? 64 : 40) || shstrndx >= shnum) {
    throw new UserError(`${name}: not a valid ELF file: section headers out of range`);
  }
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const h = shoff + i * shentsize;
    raw.push({
      nameOff: u32(h),
      type: u32(h + 4),
      addr: word(is64 ? h + 16 : h + 12),
      offset: word(is64 ? h + 24 : h + 16),
      size: word(is64 ? h + 32 : h + 20),
    });
    const last = raw[raw.length - 1]!;
    if (last.type !== SHT_NOBITS && last.offset + last.size > bytes.length) {
      throw new UserError(`${name}: not a valid ELF file: section ${i} out of range`);
    }
  }
  const strtab = raw[shstrndx]!;
  return raw.map((r) => ({ name: cString(bytes, strtab.offset + r.nameOff, strtab.offset + strtab.size), type: r.type, addr: r.addr, offset: r.offset, size: r.size }));
}

/** sectionBytes returns the contents of a section. */
export function sectionBytes(elf: ElfFile, s: ElfSection): Uint8Array {
  return elf.bytes.subarray(s.offset, s.offset + s.size);
}

/** elfSymbols reads the static symbol table (.symtab with its .strtab); a stripped file has none. */
export function elfSymbols(elf: ElfFile, sections: ElfSection[]): ElfSymbol[] {
  const symtab = sections.find((s) => s.name === '.symtab');
  const strtab = sections.find((s) => s.name === '.strtab');
  if (!symtab || !strtab) return [];
  const { bytes, is64 } = elf;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entsize = is64 ? 24 : 16;
  const out: ElfSymbol[] = [];
  for (let p = symtab.offset; p + entsize <= symtab.offset + symtab.size; p += entsize) {
    const nameOff = dv.getUint32(p, true);
    const info = bytes[is64 ? p + 4 : p + 12]!;
    const section = dv.getUint16(is64 ? p + 6 : p + 14, true);
    const value = is64 ? Number(dv.getBigUint64(p + 8, true)) : dv.getUint32(p + 4, true);
    const size = is64 ? Number(dv.getBigUint64(p + 16, true)) : dv.getUint32(p + 8, true);
    out.push({ name: cString(bytes, strtab.offset + nameOff, strtab.offset + strtab.size), value, size, type: info & 0xf, section });
  }
  return out;
}

/** cString reads a NUL-terminated string starting at `start`, not past `end`. */
function cString(bytes: Uint8Array, start: number, end: number): string {
  let i = start;
  while (i < end && bytes[i] !== 0) i++;
  return Buffer.from(bytes.subarray(start, i)).toString('latin1');
}
