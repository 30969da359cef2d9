// Linking: turns the whole-program LLVM module (.bc or .ll) into an ELF for a target. Steps: opt-14 at the requested
// level, llc-14 to an object file (one section per function and per global so --gc-sections can drop what is unused),
// llvm-mc-14 for the target's startup assembly (cached in the work directory by content hash), then ld.lld-14 with the
// target's linker script, the startup objects and the target's libraries (avr-gcc's or arm-none-eabi-gcc's libgcc for
// arithmetic helpers, when installed); an RP2040 program's boot loader then gets its CRC (boot2.ts). Linker errors the user can act on (memory overflow, a missing helper library)
// are rewritten into plain messages.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { patchBoot2 } from './boot2.ts';
import { runTool } from './tools.ts';

/** OptLevel is a -opt level: LLVM's -O0/-O1/-O2/-Os/-Oz. */
export type OptLevel = '0' | '1' | '2' | 's' | 'z';

/** LinkOptions are the inputs of linkProgram. */
export interface LinkOptions {
  target: ResolvedTarget;
  /** input is the program's LLVM module, bitcode (.bc) or text (.ll). */
  input: string;
  /** output is the ELF file to write. */
  output: string;
  optLevel: OptLevel;
  /** workDir holds intermediate files and the cached startup objects. */
  workDir: string;
  /** timings, if given, receives the milliseconds spent in each step (opt, llc, startup, ld). */
  timings?: Record<string, number>;
}

/**
 * linkProgram optimises, compiles and links `input` into the ELF `output` for `target`, and returns the object file
 * it linked (linkObject can link it again with other settings).
 */
export async function linkProgram(opts: LinkOptions): Promise<string> {
  const object = objectFile(opts);
  await compileObject({ ...opts, output: object });
  await linkObject(opts, object);
  return object;
}

/** objectFile is the object file linkProgram compiles `opts.input` into (in the work directory). */
export function objectFile(opts: Pick<LinkOptions, 'input' | 'workDir'>): string {
  return path.join(opts.workDir, path.basename(opts.input).replace(/\.(bc|ll)$/, '') + '.o');
}

/**
 * MemoryOverflow is a link that failed because the program does not fit the target's memory regions (a section over
 * its region, or the linker script's RAM assertion). The driver measures such a program with the regions enlarged
 * (oversize.ts) to print its size report and the exact overflow.
 */
export class MemoryOverflow extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'MemoryOverflow';
  }
}

/** linkObject links the compiled `object` into the ELF `opts.output`. */
export async function linkObject(opts: LinkOptions, object: string): Promise<void> {
  const { target, workDir } = opts;
  const startup = await timed(opts.timings, 'startup', () => assembleStartup(target, workDir));
  const libs = resolveLibs(target);
  await timed(opts.timings, 'ld', async () => {
    try {
      await runTool('ld.lld', linkerArgs(target, [...startup, object], libs.found, opts.output));
    } catch (e) {
      throw explainLinkError(e, target, libs.missing);
    }
    patchBoot2(opts.output); // the RP2040's boot loader needs its CRC (boot2.ts); other ELFs have no .boot2
  });
}

/** compileObject optimises `input` with opt-14 and compiles it with llc-14 into the object file `output`. */
export async function compileObject(opts: LinkOptions): Promise<void> {
  const { target, workDir } = opts;
  fs.mkdirSync(workDir, { recursive: true });
  const optimized = path.join(workDir, path.basename(opts.input).replace(/\.(bc|ll)$/, '') + '.opt.bc');
  await timed(opts.timings, 'opt', () =>
    runTool('opt', [...targetFlags(target), `-O${opts.optLevel}`, opts.input, '-o', optimized]),
  );
  const llc = (): ReturnType<typeof runTool> =>
    runTool('llc', [
      ...targetFlags(target),
      ...(isArm(target) && target.features.includes('+soft-float') ? ['-float-abi=soft'] : []),
      opts.optLevel === '0' ? '-O0' : '-O2',
      '-filetype=obj',
      '-function-sections',
      '-data-sections',
      '-stack-size-section', // each function's frame size, for the goroutine stack sizes (stacks.ts)
      '-relocation-model=static',
      optimized,
      '-o',
      opts.output,
    ]);
  await timed(opts.timings, 'llc', async () => {
    try {
      await llc();
    } catch (e) {
      // A known LLVM 14 AVR bug: storing through a pointer p a value computed from p right after a call fails in
      // register allocation (and the PBQP allocator, which does not fail, writes the wrong value). Say so plainly.
      if (e instanceof Error && /ran out of registers/.test(e.message) && target.llvmTarget.startsWith('avr')) {
        throw new Error(`${e.message.trim()}\n(a known bug of LLVM 14's AVR backend, which tsgo works around where it knows the pattern; please report the program)`);
      }
      throw e;
    }
  });
}

/** targetFlags returns -mtriple/-mcpu/-mattr for opt and llc. */
function targetFlags(t: ResolvedTarget): string[] {
  const flags = [`-mtriple=${t.llvmTarget}`];
  if (t.cpu !== '') flags.push(`-mcpu=${t.cpu}`);
  if (t.features !== '') flags.push(`-mattr=${t.features}`);
  return flags;
}

function isArm(t: ResolvedTarget): boolean {
  return /^(arm|thumb)/.test(t.llvmTarget);
}

/** linkerArgs builds the ld.lld command line. */
function linkerArgs(t: ResolvedTarget, objects: string[], libs: string[], output: string): string[] {
  const args = ['--gc-sections', '--error-limit=0', `--defsym=_stack_size=${t.stackSize}`, `--defsym=_heap_size=${t.heapSize}`];
  if (t.goarch === 'amd64' || t.goarch === '386') args.push('-static');
  if (t.linkerScript !== undefined) args.push('-L', path.dirname(t.linkerScript), '-T', t.linkerScript);
  args.push(...t.ldflags, ...objects);
  if (libs.length > 0) args.push('--start-group', ...libs, '--end-group');
  args.push('-o', output);
  return args;
}

/**
 * assembleStartup assembles the target's startup files with llvm-mc-14, caching each object under workDir by a hash
 * of its source, triple and CPU. Returns the object paths.
 */
export async function assembleStartup(t: ResolvedTarget, workDir: string): Promise<string[]> {
  const objects: string[] = [];
  for (const src of t.startup) {
    let text: Buffer;
    try {
      text = fs.readFileSync(src);
    } catch {
      throw new UserError(`${t.file}: startup file not found: ${src}`);
    }
    const hash = createHash('sha256').update(t.llvmTarget).update('\0').update(t.cpu).update('\0').update(text);
    const obj = path.join(workDir, `startup-${path.basename(src, path.extname(src))}-${hash.digest('hex').slice(0, 16)}.o`);
    if (!fs.existsSync(obj)) {
      const tmp = `${obj}.${process.pid}.tmp`;
      const args = [`-triple=${t.llvmTarget}`, '-filetype=obj', src, '-o', tmp];
      if (t.cpu !== '') args.splice(1, 0, `-mcpu=${t.cpu}`);
      await runTool('llvm-mc', args);
      fs.renameSync(tmp, obj);
    }
    objects.push(obj);
  }
  return objects;
}

/** ResolvedLibs splits a target's libraries into the archives found and the optional ones that are not installed. */
export interface ResolvedLibs {
  found: string[];
  /** missing holds `libgcc:TRIPLE:MULTILIB` specs whose cross compiler is not installed. */
  missing: string[];
}

/** resolveLibs finds the archives a target links: plain paths must exist, `optional:` and `libgcc:` ones may not. */
export function resolveLibs(t: ResolvedTarget): ResolvedLibs {
  const found: string[] = [];
  const missing: string[] = [];
  for (const lib of t.libs) {
    if (lib.startsWith('libgcc:')) {
      const p = findLibgcc(lib);
      if (p !== undefined) found.push(p);
      else missing.push(lib);
    } else if (lib.startsWith('optional:')) {
      const p = lib.slice('optional:'.length);
      if (fs.existsSync(p)) found.push(p);
    } else if (fs.existsSync(lib)) {
      found.push(lib);
    } else {
      throw new UserError(`${t.file}: library not found: ${lib}`);
    }
  }
  return { found, missing };
}

/** findLibgcc resolves `libgcc:TRIPLE:MULTILIB` to /usr/lib/gcc/TRIPLE/<newest version>/MULTILIB/libgcc.a. */
function findLibgcc(spec: string): string | undefined {
  const [, triple = '', multilib = ''] = spec.split(':');
  const root = path.join('/usr/lib/gcc', triple);
  let versions: string[];
  try {
    versions = fs.readdirSync(root);
  } catch {
    return undefined;
  }
  versions.sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
  for (const v of versions) {
    const p = path.join(root, v, multilib, 'libgcc.a');
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

const LIBGCC_PACKAGES: Record<string, string> = { avr: 'gcc-avr', 'arm-none-eabi': 'gcc-arm-none-eabi' };

/** explainLinkError rewrites the ld.lld errors a user can act on; other errors pass through unchanged. */
function explainLinkError(e: unknown, t: ResolvedTarget, missingLibs: string[]): unknown {
  if (!(e instanceof UserError)) return e;
  const msg = e.message;
  const overflow = /section '([^']+)' will not fit in region '([^']+)': overflowed by (\d+) bytes/.exec(msg);
  if (overflow) {
    const region = overflow[2] === 'RAM' ? 'RAM' : 'flash';
    return new MemoryOverflow(
      `tsgo: program too large for ${t.name}: ${region} overflowed by ${overflow[3]} bytes (section ${overflow[1]})\n${msg}`,
    );
  }
  if (/RAM overflow/.test(msg)) return new MemoryOverflow(`tsgo: program too large for ${t.name}: ${msg}`);
  const undef = [...msg.matchAll(/undefined symbol: (\S+)/g)].map((m) => m[1]!);
  const helpers = undef.filter((s) => /^__(aeabi_|mul|div|udiv|mod|umod|ash|lshr|neg|cmp|ucmp|fix|float|add|sub|eq|ne|lt|le|gt|ge|un|extend|trunc|pow|clz|ctz|popcount|bswap)/.test(s));
  if (helpers.length > 0 && missingLibs.length > 0) {
    const pkgs = missingLibs.map((l) => LIBGCC_PACKAGES[l.split(':')[1] ?? ''] ?? l);
    return new UserError(
      `${msg}\nthe arithmetic helpers ${helpers.join(', ')} come from libgcc: install the Debian package ` +
        `${pkgs.join(' ')} (apt-get install ${pkgs.join(' ')})`,
    );
  }
  if (helpers.length > 0) {
    return new UserError(`${msg}\nnot yet supported: the arithmetic helpers ${helpers.join(', ')} on target ${t.name}`);
  }
  return e;
}

/** timed runs a step and adds its duration to timings[name]. */
async function timed<T>(timings: Record<string, number> | undefined, name: string, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await f();
  } finally {
    if (timings) timings[name] = (timings[name] ?? 0) + (performance.now() - start);
  }
}
