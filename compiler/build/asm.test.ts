// Inline assembly: device/arm's and device/avr's Asm and AsmFull (passes/inlineasm.ts, compiler/codegen/asm.ts). The
// LLVM IR holds one asm call per distinct piece of assembly, with its text escaped and its constraints, which opt
// inlines into the caller; the programs of testdata/asm run on arduino, cortex-m-qemu and pico, where every line they
// print depends on the assembly having run, and allocate nothing (the register map is consumed by the compiler);
// each unsupported use is an error at its call.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runFirmware } from '../run/run.ts';
import { asmGlue, llvmString } from '../codegen/asm.ts';
import { compileProgram } from './buildrun.ts';
import type { BuildResult } from './driver.ts';
import { runTool } from './tools.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ASM = path.join(ROOT, 'testdata/asm');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-asm-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** compile builds testdata/asm/NAME for target into work, as the extension says, with -print-allocs=. */
async function compile(name: string, target: string, ext: string): Promise<{ out: string; diagnostics: string; result?: BuildResult }> {
  const out = path.join(work, `${path.basename(name, '.go')}-${target}${ext}`);
  const { result, diagnostics } = await compileProgram(path.join(ASM, name), target, out, { cwd: ROOT, printAllocs: '.' });
  return { out, diagnostics, ...(result ? { result } : {}) };
}

/** body returns the body of function `name` in a module's text. */
function body(ll: string, name: string): string {
  const m = new RegExp(`define [^\\n]*@${name.replace(/[.$]/g, '\\$&')}\\([^\\n]*\\{\\n([\\s\\S]*?)\\n\\}`).exec(ll);
  expect(m, `no function ${name}`).not.toBeNull();
  return m![1]!;
}

describe('the LLVM IR', () => {
  it('calls asm sideeffect with the text and constraints on arduino', async () => {
    const { out, diagnostics, result } = await compile('asm_avr.go', 'arduino', '.ll');
    expect(diagnostics).toBe('');
    expect(result).toBeDefined();
    const ll = fs.readFileSync(out, 'utf8');
    const asm = [...ll.matchAll(/call (?:addrspace\(0\) )?(\S+) asm sideeffect ("(?:[^"\\]|\\.)*"), ("[^"]*")\(([^\n]*)\)$/gm)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]} (${m[4]})`,
    );
    // Asm: the text as it is, `$` doubled; cli is called twice and has one glue function.
    expect(asm).toContain('void "cli" "~{memory}" ()');
    expect(asm.filter((a) => a.includes('"cli"'))).toHaveLength(1);
    expect(asm).toContain('void "sbi 0x05, 5 ; PORTB bit 5, at $$25 in data space" "~{memory}" ()');
    // AsmFull: {} is operand 0, an early-clobbered upper register; the names are the operands in order of appearance.
    expect(asm).toContain('i8 "in ${0}, 0x3f" "=&d,~{memory}" ()');
    expect(asm).toContain('i8 "mov ${0}, ${1}\\0A add ${0}, ${2}" "=&d,d,d,~{memory}" (i8 %a0, i8 %a1)');
    // A constant int is passed in the narrowest register that holds it: 1000 in 16 bits.
    expect(asm).toContain('i8 "mov ${0}, ${1}" "=&d,d,~{memory}" (i16 %a0)');
    // A pointer is a memory operand, through an opaque copy of the address.
    expect(asm).toContain('void "st ${0}, ${1}" "*m,d,~{memory}" (i8* elementtype(i8) %p0, i8 %a1)');
    expect(ll).toMatch(/%p0 = call (?:addrspace\(0\) )?i8\* asm "", "=r,0"\(i8\* %a0\)/);
  });

  it('extends operands to the register and inlines the assembly on cortex-m-qemu', async () => {
    const { out, diagnostics, result } = await compile('asm_arm.go', 'cortex-m-qemu', '.ll');
    expect(diagnostics).toBe('');
    expect(result).toBeDefined();
    const ll = fs.readFileSync(out, 'utf8');
    expect(ll).toContain('call i32 asm sideeffect "adds ${0}, ${1}, ${2}", "=&r,r,r,~{memory}"(i32 %a0, i32 %a1)');
    expect(ll).toContain('call void asm sideeffect "nop @ $$1 is no operand", "~{memory}"()');
    expect(ll).toContain('"str ${0}, ${1}", "r,*m,~{memory}"(i32 %a0, i8* elementtype(i8) %a1)');
    // After opt, main (into which main.main is inlined) holds the assembly itself, with the uint8 zero-extended and
    // the int8 sign-extended.
    const opt = (await runTool('opt', ['-Oz', '-S', out, '-o', '-'])).toString();
    const main = body(opt, 'main');
    expect(main).not.toMatch(/@tsgo\.asm\./);
    expect(main).toContain('asm sideeffect "cpsid i", "~{memory}"()');
    expect(main).toContain('asm sideeffect "adds ${0}, ${1}, ${2}", "=&r,r,r,~{memory}"(i32 200, i32 -2)');
    expect(opt).not.toMatch(/define [^\n]*@tsgo\.asm\./);
  });

  it('escapes LLVM strings and builds glue that opt accepts', async () => {
    expect(llvmString('a"b\\c\nd\x7f\xff$')).toBe('"a\\22b\\5Cc\\0Ad\\7F\\FF$"');
    const glue = asmGlue('tsgo.asm.0', 'str ${0}, ${1}', 'r,*m,~{memory}', 'void', ['i32', 'i8*'], false);
    const file = path.join(work, 'glue.ll');
    fs.writeFileSync(file, `target triple = "thumbv7m-none-eabi"\n${glue}`);
    await runTool('opt', ['-passes=verify', '-disable-output', file]);
  });
});

describe('programs', () => {
  it('runs on arduino', async () => {
    const { out, diagnostics, result } = await compile('asm_avr.go', 'arduino', '.elf');
    expect(diagnostics).toBe(''); // -print-allocs: nothing allocated
    const r = await runFirmware(result!.target, out, { timeoutMs: 30_000 });
    expect(r.output).toBe(
      'I after cli: 0\nI after sei: 1\nPORTB: 32\nldi: 42\nadd: 44\nsubi: 199 200\nwide constant: 232\nstored: 7\ncounter: 4\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it.each(['cortex-m-qemu', 'pico'])('runs on %s', async (target) => {
    const { out, diagnostics, result } = await compile('asm_arm.go', target, '.elf');
    expect(diagnostics).toBe('');
    const r = await runFirmware(result!.target, out, { timeoutMs: 30_000 });
    expect(r.output).toBe(
      'PRIMASK after cpsid: 1\nPRIMASK after cpsie: 0\nmovs: 42\nadds: 198\nsign: -2\nstored: 7\ncounter: 4\n',
    );
    expect(r.exitCode).toBe(0);
  });
});

describe('errors', () => {
  it.each([
    ['errors_arm.go', 'cortex-m-qemu'],
    ['errors_avr.go', 'arduino'],
  ])('reports every error of %s at its call, and nothing else', async (name, target) => {
    const file = path.join(ASM, name);
    // Each ERROR line's column is the call's parenthesis, or for a function value the selector's start.
    const want = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = /\/\/ ERROR "(.*)"$/.exec(line);
        if (!m) return [];
        const use = /\b(?:arm|avr)\.Asm(?:Full)?(\()?/.exec(line)!;
        const col = use[1] ? use.index + use[0].length : use.index + 1;
        return [`testdata/asm/${name}:${i + 1}:${col}: ${m[1]}`];
      });
    const { diagnostics, result } = await compile(name, target, '.elf');
    expect(result).toBeUndefined();
    expect(diagnostics.trim().split('\n')).toEqual(want);
  });
});
