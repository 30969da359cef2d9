// Measuring a program that does not fit its chip. When ld.lld rejects a program because a section overflows a memory
// region (or the linker script's RAM assertion fails), the ELF is never written, so there is nothing to measure —
// TinyGo stops there (its issue #4773). tsgo links the same object again with every MEMORY region enlarged by
// MEASURE_EXTRA bytes, measures that ELF as it measures any other (size.ts), prints the requested report, and then
// checkSize states exactly how much flash and RAM overflow against the real sizes. Relinking gives the true figures
// (after --gc-sections, with the linker script's own placement and alignment), which summing the object's sections
// would not. The measuring ELF is never run nor written to the output path.
//
// The enlarged scripts are copies of the target's linker script and of every script it INCLUDEs, written to the work
// directory, where each `LENGTH = expr` inside a MEMORY block becomes `LENGTH = (expr) + MEASURE_EXTRA`; the origins
// are unchanged, so addresses stay where the chip has them and only the ends move.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { linkObject, type LinkOptions, type MemoryOverflow } from './link.ts';
import { checkSize, formatSize, measureSize } from './size.ts';

/** MEASURE_EXTRA is what each memory region grows by for measuring: 16 MiB, beyond any program for these chips. */
export const MEASURE_EXTRA = 0x1000000;

/**
 * enlargeMemory returns a linker script's text with each region's LENGTH in its MEMORY blocks increased by `extra`
 * bytes. Text outside MEMORY blocks is unchanged.
 */
export function enlargeMemory(script: string, extra = MEASURE_EXTRA): string {
  return script.replace(/\bMEMORY\s*\{[^}]*\}/g, (block) =>
    block.replace(/\b(LENGTH|len|l)(\s*=\s*)([^,\n}]+?)(\s*(?:,|\n|\}))/g, (_, key: string, eq: string, expr: string, end: string) => `${key}${eq}(${expr}) + ${extra}${end}`),
  );
}

/**
 * writeEnlargedScripts copies `script` and, recursively, the scripts it INCLUDEs (looked up next to the including
 * file) into outDir with their memory regions enlarged; returns the copy of `script`.
 */
export function writeEnlargedScripts(script: string, outDir: string, done = new Set<string>()): string {
  const out = path.join(outDir, path.basename(script));
  if (done.has(script)) return out;
  done.add(script);
  fs.mkdirSync(outDir, { recursive: true });
  const text = fs.readFileSync(script, 'utf8');
  for (const m of text.matchAll(/\bINCLUDE\s+"?([^"\s]+)"?/g)) {
    const inc = path.resolve(path.dirname(script), m[1]!);
    if (fs.existsSync(inc)) writeEnlargedScripts(inc, outDir, done);
  }
  fs.writeFileSync(out, enlargeMemory(text));
  return out;
}

/** linkForMeasure links `object` like linkObject, into `opts.output`, with the target's memory regions enlarged. */
export async function linkForMeasure(opts: LinkOptions, object: string): Promise<void> {
  const t = opts.target;
  if (t.linkerScript === undefined) throw new Error('internal error: measuring an overflow without a linker script');
  const script = writeEnlargedScripts(t.linkerScript, path.join(opts.workDir, 'measure-ld'));
  await linkObject({ ...opts, target: { ...t, linkerScript: script } }, object);
}

/**
 * reportOverflow handles a link that failed with MemoryOverflow: it relinks `object` with enlarged regions, prints the
 * size report (when `mode` asks for one) through `print`, and throws checkSize's UserError for `target` — naming how
 * many bytes of flash and RAM overflow — with `note` appended. Should the measuring link fail too, or find no
 * overflow, the original error is thrown.
 */
export async function reportOverflow(
  link: LinkOptions,
  object: string,
  target: ResolvedTarget,
  mode: 'none' | 'short' | 'full',
  print: (s: string) => void,
  original: MemoryOverflow,
  note = '',
): Promise<never> {
  const measured = path.join(link.workDir, 'measure.elf');
  try {
    await linkForMeasure({ ...link, output: measured }, object);
  } catch {
    throw original;
  }
  const report = await measureSize(measured, mode === 'full');
  if (mode !== 'none') print(formatSize(report, mode));
  try {
    checkSize(target, report);
  } catch (e) {
    if (e instanceof UserError && note !== '') throw new UserError(`${e.message}\n${note}`);
    throw e;
  }
  throw original;
}
