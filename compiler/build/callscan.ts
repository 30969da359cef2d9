// What a function's machine code calls, for the stack-size analysis (stacks.ts): the direct calls and tail jumps out
// of the function (by target address), whether it calls through a register, and how many bytes it pushes (the frame
// of the assembly and libgcc functions, which have no entry in LLVM's stack-size section). A decoder per instruction
// set, reading only what matters: AVR (CALL/RCALL/JMP/RJMP, ICALL/EIJMP, PUSH; the 32-bit instructions are CALL, JMP,
// LDS and STS) and Thumb/Thumb-2 (BL, B, BLX/BX register, PUSH, STMDB/STR with writeback to SP, SUB SP). Encodings
// from the AVR Instruction Set Manual and the ARMv7-M Architecture Reference Manual (A7.7). x86-64's variable-length
// instructions are read from llvm-objdump's disassembly instead (scanObjdumpX86).

/** Scan is what one function's code does with calls and the stack. */
export interface Scan {
  /** calls are the target addresses of its direct calls and of its jumps out of [start, end). */
  calls: number[];
  /** indirect is set when it calls or jumps through a register. */
  indirect: boolean;
  /** pushed is the number of bytes its pushes and explicit stack-pointer decrements take, counted once each. */
  pushed: number;
}

/** scanAVR decodes AVR code at byte address `start` (code[0] is that byte). */
export function scanAVR(code: Uint8Array, start: number): Scan {
  const scan: Scan = { calls: [], indirect: false, pushed: 0 };
  const end = start + code.length;
  const word = (i: number): number => code[i]! | (code[i + 1]! << 8);
  for (let i = 0; i + 1 < code.length; ) {
    const w = word(i);
    const pc = start + i;
    if ((w & 0xfe0c) === 0x940c && i + 3 < code.length) {
      // CALL (111k) and JMP (110k): a 22-bit word address split over both words.
      const k = ((((w >> 4) & 0x1f) << 1) | (w & 1)) * 0x10000 + word(i + 2);
      if ((w & 0x2) !== 0 || !within(k * 2, start, end)) scan.calls.push(k * 2);
      i += 4;
      continue;
    }
    if ((w & 0xfc0f) === 0x9000) {
      i += 4; // LDS, STS: a 16-bit address follows
      continue;
    }
    if ((w & 0xe000) === 0xc000) {
      // RJMP (1100) and RCALL (1101): 12-bit signed word offset. `rcall .+0` pushes a return address as a 2-byte
      // frame allocation.
      const k = ((w & 0xfff) << 20) >> 20;
      const target = pc + 2 + k * 2;
      if ((w & 0x1000) !== 0 && k === 0) scan.pushed += 2;
      else if ((w & 0x1000) !== 0 || !within(target, start, end)) scan.calls.push(target);
    } else if (w === 0x9509 || w === 0x9519 || w === 0x9409 || w === 0x9419) scan.indirect = true; // (E)ICALL, (E)IJMP
    else if ((w & 0xfe0f) === 0x920f) scan.pushed += 1; // PUSH
    i += 2;
  }
  return scan;
}

/**
 * scanThumb decodes Thumb code at byte address `start`; `data` lists [from, to) ranges that hold data (literal pools,
 * from the `$d` mapping symbols) and are skipped.
 */
export function scanThumb(code: Uint8Array, start: number, data: [number, number][] = []): Scan {
  const scan: Scan = { calls: [], indirect: false, pushed: 0 };
  const end = start + code.length;
  const half = (i: number): number => code[i]! | (code[i + 1]! << 8);
  const out = (target: number): void => {
    if (!within(target, start, end)) scan.calls.push(target);
  };
  for (let i = 0; i + 1 < code.length; ) {
    const pc = start + i;
    const skip = data.find(([from, to]) => pc >= from && pc < to);
    if (skip) {
      i = skip[1] - start;
      continue;
    }
    const h = half(i);
    if (h >> 11 >= 0x1d && i + 3 < code.length) {
      const h2 = half(i + 2);
      if ((h & 0xf800) === 0xf000 && (h2 & 0xc000) === 0xc000 && (h2 & 0x1000) !== 0) {
        scan.calls.push(pc + 4 + branchOffset24(h, h2)); // BL
      } else if ((h & 0xf800) === 0xf000 && (h2 & 0xd000) === 0x9000) {
        out(pc + 4 + branchOffset24(h, h2)); // B.W (T4)
      } else if ((h & 0xf800) === 0xf000 && (h2 & 0xd000) === 0x8000 && (h & 0x0380) !== 0x0380) {
        // B<cond>.W (T3): S:J2:J1:imm6:imm11:0
        const s = (h >> 10) & 1;
        const off = (s << 20) | (((h2 >> 11) & 1) << 19) | (((h2 >> 13) & 1) << 18) | ((h & 0x3f) << 12) | ((h2 & 0x7ff) << 1);
        out(pc + 4 + ((off << 11) >> 11));
      } else if (h === 0xe92d) scan.pushed += 4 * popcount(h2 & 0x5fff); // PUSH.W / STMDB SP!
      else if (h === 0xf84d && (h2 & 0x0fff) === 0x0d04) scan.pushed += 4; // STR Rt, [SP, #-4]!
      else if ((h & 0xfbff) === 0xf2ad && (h2 & 0x8f00) === 0x0d00) {
        scan.pushed += (((h >> 10) & 1) << 11) | (((h2 >> 12) & 7) << 8) | (h2 & 0xff); // SUBW SP, SP, #imm12
      } else if ((h & 0xfbef) === 0xf1ad && (h2 & 0x8f00) === 0x0d00) {
        const imm12 = (((h >> 10) & 1) << 11) | (((h2 >> 12) & 7) << 8) | (h2 & 0xff);
        scan.pushed += expandImm(imm12); // SUB.W SP, SP, #const
      }
      i += 4;
      continue;
    }
    if ((h & 0xf800) === 0xe000) out(pc + 4 + (((h & 0x7ff) << 21) >> 20)); // B (T2)
    else if ((h & 0xf000) === 0xd000 && (h & 0x0e00) !== 0x0e00) out(pc + 4 + (((h & 0xff) << 24) >> 23)); // B<cond> (T1)
    else if ((h & 0xff87) === 0x4780) scan.indirect = true; // BLX Rm
    else if ((h & 0xff87) === 0x4700 && ((h >> 3) & 0xf) !== 14) scan.indirect = true; // BX Rm, not a return
    else if ((h & 0xfe00) === 0xb400) scan.pushed += 4 * (popcount(h & 0xff) + ((h >> 8) & 1)); // PUSH
    else if ((h & 0xff80) === 0xb080) scan.pushed += (h & 0x7f) * 4; // SUB SP, SP, #imm7
    i += 2;
  }
  return scan;
}

/** branchOffset24 decodes the signed offset of BL and B.W (T4): S:I1:I2:imm10:imm11:0 with Ik = !(Jk ^ S). */
function branchOffset24(h: number, h2: number): number {
  const s = (h >> 10) & 1;
  const i1 = 1 - (((h2 >> 13) & 1) ^ s);
  const i2 = 1 - (((h2 >> 11) & 1) ^ s);
  const off = (s << 24) | (i1 << 23) | (i2 << 22) | ((h & 0x3ff) << 12) | ((h2 & 0x7ff) << 1);
  return (off << 7) >> 7;
}

/** expandImm is ThumbExpandImm: a byte, a replicated byte, or a rotated 8-bit value. */
function expandImm(imm12: number): number {
  const b = imm12 & 0xff;
  if (imm12 < 0x400) return [b, (b << 16) | b, (b << 24) | (b << 8), ((b << 24) | (b << 16) | (b << 8) | b) >>> 0][imm12 >> 8]!;
  const rot = imm12 >> 7;
  const v = 0x80 | (imm12 & 0x7f);
  return ((v >>> rot) | (v << (32 - rot))) >>> 0;
}

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

function within(addr: number, start: number, end: number): boolean {
  return addr >= start && addr < end;
}

/**
 * scanObjdumpX86 reads the x86-64 disassembly of a whole program (`llvm-objdump -d --no-show-raw-insn`) into one
 * Scan per function, by start address: `call`s with a target, jumps to another function (tail calls), calls and
 * jumps through a register or memory (except a jump table's indexed jump), pushes and `sub $N, %rsp`.
 */
export function scanObjdumpX86(text: string): Map<number, Scan> {
  const out = new Map<number, Scan>();
  let scan: Scan | undefined;
  let name = '';
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+) <(.+)>:$/.exec(line);
    if (head) {
      scan = { calls: [], indirect: false, pushed: 0 };
      name = head[2]!;
      out.set(parseInt(head[1]!, 16), scan);
      continue;
    }
    const m = /^\s*[0-9a-f]+:\s+(\S+)\s*(.*)$/.exec(line);
    if (!scan || !m) continue;
    const [op, args] = [m[1]!, m[2]!];
    const target = /^0x([0-9a-f]+) <([^+>]+)(\+0x[0-9a-f]+)?>/.exec(args);
    if (/^call/.test(op)) {
      if (target) scan.calls.push(parseInt(target[1]!, 16));
      else scan.indirect = true;
    } else if (/^j/.test(op)) {
      if (target && target[2] !== name) scan.calls.push(parseInt(target[1]!, 16));
      else if (args.startsWith('*') && !/\(,%\w+,\d\)/.test(args)) scan.indirect = true;
    } else if (/^push/.test(op)) scan.pushed += 8;
    else if (/^sub/.test(op)) {
      const sub = /^\$(-?\d+|0x[0-9a-f]+), %rsp$/.exec(args);
      if (sub) scan.pushed += Number(sub[1]);
    }
  }
  return out;
}
