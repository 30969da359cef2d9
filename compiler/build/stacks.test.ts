// Stack sizes from the call graph: the machine-code decoders on code the LLVM assembler produced, and whole builds
// whose computed stacks are patched into the ELF and, on AVR, checked against the stack the program really uses.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { elfSections, elfSymbols, parseElf, sectionBytes } from '../run/elf.ts';
import { watchAvrStacks } from '../run/avrstack.ts';
import { scanAVR, scanThumb } from './callscan.ts';
import { build } from './driver.ts';
import { runFirmware } from '../run/run.ts';
import { runTool } from './tools.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-stacks-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** assemble assembles `src` with llvm-mc, links it, and returns the bytes of its .text and the addresses of its symbols. */
async function assemble(triple: string, cpu: string, src: string): Promise<{ code: Uint8Array; at: Map<string, number> }> {
  const file = path.join(work, `${triple}.s`);
  fs.writeFileSync(file, src);
  await runTool('llvm-mc', [`-triple=${triple}`, `-mcpu=${cpu}`, '-filetype=obj', file, '-o', `${file}.o`]);
  // Linked at address 0, so that the calls the assembler left to relocations have their targets.
  await runTool('ld.lld', ['-e', '0', '-Ttext=0', `${file}.o`, '-o', `${file}.elf`]);
  const elf = parseElf(new Uint8Array(fs.readFileSync(`${file}.elf`)));
  const sections = elfSections(elf);
  const text = sections.find((s) => s.name === '.text')!;
  const at = new Map(elfSymbols(elf, sections).map((s) => [s.name, s.value & ~1]));
  return { code: sectionBytes(elf, text), at };
}

describe('machine-code call scanning', () => {
  it('finds AVR calls, jumps out, indirect calls and pushes, and skips 32-bit instructions', async () => {
    const { code, at } = await assemble(
      'avr',
      'atmega328p',
      // `other` sits after `f`: f's calls to it and its jump to it leave f's range [0, end).
      `f:\n push r28\n push r29\n .word 0xd000 ; rcall .+0\n lds r24, 0x0100\n sts 0x0100, r24\n call other\n rcall other\n icall\n` +
        ` rjmp 1f\n1: jmp other\nend:\nother:\n ret\n`,
    );
    const scan = scanAVR(code.subarray(0, at.get('end')!), 0);
    const other = at.get('other')!;
    expect(scan.calls).toEqual([other, other, other]);
    expect(scan.indirect).toBe(true);
    expect(scan.pushed).toBe(4); // two pushes and `rcall .+0`'s return address
  });

  it('finds Thumb calls, tail jumps, register calls and the frame of pushes and sp adjustments', async () => {
    const { code, at } = await assemble(
      'thumbv7m',
      'cortex-m3',
      `.syntax unified\n.thumb\nf:\n push {r4, r5, r7, lr}\n push.w {r8, r9, r10}\n sub sp, #24\n subw sp, sp, #1000\n` +
        ` bl other\n blx r3\n b.w other\n bx lr\nend:\n.space 4096\nother:\n bx lr\n`,
    );
    const scan = scanThumb(code.subarray(0, at.get('end')!), 0);
    expect(scan.calls).toEqual([at.get('other')!, at.get('other')!]);
    expect(scan.indirect).toBe(true);
    expect(scan.pushed).toBe(16 + 12 + 24 + 1000);
  });

  it('does not take a return through lr, a branch inside the function or literal data for calls', async () => {
    const { code, at } = await assemble(
      'thumbv6m',
      'cortex-m0plus',
      `.syntax unified\n.thumb\nf:\n push {r4, lr}\n1: subs r0, #1\n bne 1b\n ldr r1, =0xf000f800\n pop {r4, pc}\n.ltorg\nend:\n`,
    );
    const pool = at.get('end')! - 4;
    const scan = scanThumb(code.subarray(0, at.get('end')!), 0, [[pool, at.get('end')!]]);
    expect(scan).toEqual({ calls: [], indirect: false, pushed: 8 });
  });
});

describe('stack sizes of whole programs', () => {
  const src = (body: string): string => {
    const file = path.join(work, `p${Math.random().toString(36).slice(2)}.go`);
    fs.writeFileSync(file, `package main\n\n${body}`);
    return file;
  };
  const workers = src(
    'func worker(in <-chan int, out chan<- int) {\n\tfor v := range in {\n\t\tout <- v * v\n\t}\n\tclose(out)\n}\n\n' +
      'func main() {\n\tin, out := make(chan int), make(chan int)\n\tgo worker(in, out)\n\tgo func() {\n\t\tfor i := 0; i < 5; i++ {\n' +
      '\t\t\tin <- i\n\t\t}\n\t\tclose(in)\n\t}()\n\tfor v := range out {\n\t\tprintln(v)\n\t}\n}\n',
  );

  it.each(['arduino', 'cortex-m-qemu'])('computes every goroutine stack on %s and writes it into the ELF', async (target) => {
    const output = path.join(work, `workers-${target}.elf`);
    const r = await build({ inputs: [workers], target, output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const plan = r.stacks!;
    expect(plan.main.computed).toBe(true);
    expect(plan.goroutines.map((g) => [g.name, g.computed])).toEqual([
      ['main.main$1', true],
      ['main.worker', true],
    ]);
    const elf = parseElf(new Uint8Array(fs.readFileSync(output)));
    const sections = elfSections(elf);
    for (const g of plan.goroutines) {
      expect(g.size).toBeLessThan(r.target.defaultStackSize);
      const sym = elfSymbols(elf, sections).find((s) => s.name === g.global)!;
      const sec = sections[sym.section]!;
      const off = sec.offset + sym.value - sec.addr;
      const value = r.target.ptrSize === 2 ? elf.bytes[off]! | (elf.bytes[off + 1]! << 8) : new DataView(elf.bytes.buffer).getUint32(off, true);
      expect(value).toBe(g.size);
    }
  });

  it('keeps every stack within its computed size while running on arduino', async () => {
    const output = path.join(work, 'watched.elf');
    const r = await build({ inputs: [workers], target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const used = watchAvrStacks(output, 20_000_000);
    const plan = r.stacks!;
    expect(used.get('main.main')).toBeLessThanOrEqual(plan.main.size);
    for (const g of plan.goroutines) {
      const measured = used.get(g.global!.replace('tsgo.stacksize.', ''));
      expect(measured, g.name).toBeGreaterThan(20); // it ran
      expect(measured!, g.name).toBeLessThanOrEqual(g.size);
    }
  });

  it("counts the frame of a function called through a value (its f$value wrapper's)", async () => {
    const viaValue = src('var data = []int32{5, 7, 9}\n\nfunc heavy(n int) int32 {\n\tvar b [100]int32\n\tfor i := range b {\n' +
      '\t\tb[i] = data[i%len(data)] * int32(i+n)\n\t}\n\treturn b[n] + b[99-n]\n}\n\nvar f = heavy\n\n' +
      'func main() {\n\tc := make(chan int32)\n\tgo func() { c <- f(3) }()\n\tprintln(<-c)\n}\n');
    const output = path.join(work, 'value.elf');
    const r = await build({ inputs: [viaValue], target: 'cortex-m-qemu', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    expect(r.stacks!.goroutines[0]).toMatchObject({ name: 'main.main$1', computed: true });
    expect(r.stacks!.goroutines[0]!.size).toBeGreaterThan(400); // heavy's array
  });

  it.each(['arduino', 'cortex-m-qemu'])('stops a recursion deeper than the main stack on %s before it reaches the heap', async (target) => {
    // 3000 calls need tens of KB: more than the main stack, less than the address space (no wrap-around to catch).
    const deep = src('//go:noinline\nfunc f(err *error) bool { return *err == nil }\n\n' +
      'func A(n int64) (res int64, err error) {\n\tif !f(&err) {\n\t\treturn 0, nil\n\t}\n\tif n <= 1 {\n\t\treturn n, nil\n\t}\n' +
      '\tres, err = A(n - 1)\n\tres++\n\treturn\n}\n\nfunc main() {\n\tx, _ := A(3000)\n\tprintln(x)\n}\n');
    const output = path.join(work, `deep-${target}.elf`);
    const r = await build({ inputs: [deep], target, output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const run = await runFirmware(r.target, output, { timeoutMs: 30_000 });
    expect({ out: run.output, code: run.exitCode }).toEqual({ out: 'fatal error: stack overflow\n', code: 2 });
  });

  it('gives the main goroutine a larger stack when it needs one, and falls back on recursion', async () => {
    // An array passed by value is copied in the caller's frame: main needs more than arduino's 384-byte main stack.
    const big = src('type T [200]int32\n\nfunc g(t T, i int) int32 { return t[i] + t[199-i] }\n\n' +
      'func sum(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn n + sum(n-1)\n}\n\n' +
      'func main() {\n\tvar t T\n\tfor i := range t {\n\t\tt[i] = int32(i)\n\t}\n\tc := make(chan int)\n' +
      '\tgo func() { c <- sum(10) }()\n\tprintln(g(t, 3), <-c)\n}\n');
    const output = path.join(work, 'big.elf');
    const r = await build({ inputs: [big], target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
    const plan = r.stacks!;
    expect(plan.main.computed).toBe(true);
    expect(plan.main.size).toBeGreaterThan(800);
    expect(r.target.stackSize).toBe(plan.main.size);
    const elf = parseElf(new Uint8Array(fs.readFileSync(output)));
    expect(elfSymbols(elf, elfSections(elf)).find((s) => s.name === '_stack_size')?.value).toBe(plan.main.size);
    expect(plan.goroutines[0]).toMatchObject({ name: 'main.main$1', size: 256, how: "the target's default-stack-size: recursion: main.sum → main.sum" });
  });
});

describe('x86-64 disassembly', () => {
  it('reads calls, tail jumps, register calls, jump tables and frames from llvm-objdump output', async () => {
    const { scanObjdumpX86 } = await import('./callscan.ts');
    const text = [
      '0000000000401000 <f>:',
      '  401000:      \tpushq\t%rbx',
      '  401001:      \tsubq\t$40, %rsp',
      '  401005:      \tcallq\t0x402000 <g>',
      '  40100a:      \tjmpq\t*0x403000(,%rax,8)',
      '  401011:      \tjne\t0x401005 <f+0x5>',
      '  401013:      \tjmp\t0x402000 <g>',
      '',
      '0000000000402000 <g>:',
      '  402000:      \tcallq\t*%rax',
      '  402002:      \tretq',
    ].join('\n');
    const scans = scanObjdumpX86(text);
    expect(scans.get(0x401000)).toEqual({ calls: [0x402000, 0x402000], indirect: false, pushed: 48 });
    expect(scans.get(0x402000)).toEqual({ calls: [], indirect: true, pushed: 0 });
  });
});
