// Target loading: reads a target JSON file (by name from targets/, or by path), follows its `inherits` chain, merges
// the files (scalars override, lists append, parents first, depth first), resolves file references relative to the file
// that names them, and returns a ResolvedTarget with every field the compiler needs filled in. Unknown targets and
// invalid files raise a UserError whose message names the file and the field.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../diag.ts';
import { formatZodIssues, TARGET_LIST_KEYS, targetFileSchema, type EmulatorKind, type FlashMethod, type TargetFile } from './schema.ts';

/** TARGETS_DIR is the folder of the built-in target files. */
export const TARGETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../targets');

/** ResolvedTarget is a target with its inheritance chain applied and every path absolute. */
export interface ResolvedTarget {
  /** name is the target's name (file name without `.json`). */
  name: string;
  /** file is the absolute path of the target's JSON file. */
  file: string;
  /** chain lists the files applied, parents first, ending with `file`. */
  chain: string[];
  description: string;
  /** llvmTarget is the LLVM triple (`avr`, `thumbv7m-unknown-unknown-eabi`, `x86_64-unknown-linux-gnu`). */
  llvmTarget: string;
  cpu: string;
  features: string;
  dataLayout: string;
  /** buildTags holds the build tags, including goos and goarch, without duplicates. */
  buildTags: string[];
  goos: string;
  goarch: string;
  ptrSize: 2 | 4 | 8;
  intSize: 4 | 8;
  maxAlign: number;
  gc: 'leaking' | 'conservative' | 'none';
  scheduler: 'none' | 'tasks';
  /** linkerScript is the absolute path of the linker script, if any. */
  linkerScript: string | undefined;
  /** startup lists the absolute paths of the startup assembly files. */
  startup: string[];
  /** libs lists absolute archive paths, `optional:PATH` and `libgcc:TRIPLE:MULTILIB` specs (see compiler/build/link.ts). */
  libs: string[];
  ldflags: string[];
  defaultStackSize: number;
  /** stackSize is the main stack reserved by the linker script (0 when the OS provides the stack). */
  stackSize: number;
  maxStackAlloc: number;
  /** maxStackFrame bounds the bytes heap-to-stack may add to one function's frame (undefined: no bound). */
  maxStackFrame: number | undefined;
  /** heapSize is the size of a fixed heap region (host), 0 when the heap is the rest of RAM. */
  heapSize: number;
  flashSize: number | undefined;
  ramSize: number | undefined;
  cpuFrequency: number | undefined;
  emulator: EmulatorKind | undefined;
  emulatorArgs: string[];
  /** flashMethod is how `tsgo flash` writes the program: run flashCommand, or copy a UF2 file to a boot volume. */
  flashMethod: 'command' | 'msd';
  flashCommand: string | undefined;
  /** msdVolumeNames are the boot volume names (or INFO_UF2.TXT Board-IDs) for flashMethod "msd"; empty: any. */
  msdVolumeNames: string[];
  /** monitorBaudrate is the console UART's baud rate, the default of `tsgo monitor` (undefined: the target has none). */
  monitorBaudrate: number | undefined;
  /** uf2FamilyId is the UF2 family ID of `.uf2` outputs (undefined: the target cannot write UF2). */
  uf2FamilyId: number | undefined;
  serial: 'uart' | 'usb' | 'none';
}

/**
 * listTargets returns the names of the built-in targets a program can be built for and run or flashed: those with a
 * CPU, a linker script, and an emulator or a way to flash (abstract bases like `avr` and `cortex-m3` are left out).
 */
export function listTargets(): string[] {
  return allTargetNames().filter((name) => {
    try {
      const t = loadTarget(name);
      return t.cpu !== '' && t.linkerScript !== undefined && (t.emulator !== undefined || canFlash(t));
    } catch {
      return false;
    }
  });
}

/** canFlash reports whether `tsgo flash` can write programs for the target: it has a flash command or uses "msd". */
export function canFlash(t: ResolvedTarget): boolean {
  return t.flashMethod === 'msd' || t.flashCommand !== undefined;
}

/** allTargetNames returns the names of every built-in target file, including abstract bases like `avr`. */
export function allTargetNames(): string[] {
  return fs
    .readdirSync(TARGETS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * loadTarget loads a target by name (`arduino`) or by path (`./board.json`, anything containing a slash or ending in
 * `.json`) and resolves its inheritance chain. Throws UserError for an unknown target or an invalid file.
 */
export function loadTarget(nameOrPath: string): ResolvedTarget {
  const file = findTargetFile(nameOrPath, process.cwd());
  const chain: string[] = [];
  const merged = applyFile(file, {}, chain, []);
  return resolve(path.basename(file, '.json'), file, chain, merged);
}

/** findTargetFile maps a target name or path to an existing JSON file. */
function findTargetFile(nameOrPath: string, baseDir: string): string {
  if (nameOrPath.includes('/') || nameOrPath.includes(path.sep) || nameOrPath.endsWith('.json')) {
    const p = path.resolve(baseDir, nameOrPath);
    if (fs.existsSync(p)) return p;
    throw new UserError(`target file not found: ${nameOrPath}`);
  }
  const builtin = path.join(TARGETS_DIR, `${nameOrPath}.json`);
  if (/^[A-Za-z0-9_.-]+$/.test(nameOrPath) && fs.existsSync(builtin)) return builtin;
  throw new UserError(`unknown target "${nameOrPath}"; known targets: ${listTargets().join(', ')}`);
}

/** readTargetFile parses and validates one file, with paths made absolute relative to the file. */
function readTargetFile(file: string): TargetFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`${file}: cannot read target file: ${(e as Error).message}`);
  }
  const parsed = targetFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(`${file}: invalid target file:\n${formatZodIssues(parsed.error)}`);
  }
  const t = parsed.data;
  const dir = path.dirname(file);
  const abs = (p: string): string => path.resolve(dir, p);
  if (t['linker-script'] !== undefined) t['linker-script'] = abs(t['linker-script']);
  if (t.startup !== undefined) t.startup = t.startup.map(abs);
  if (t.libs !== undefined) {
    t.libs = t.libs.map((l) => {
      if (l.startsWith('libgcc:')) return l;
      if (l.startsWith('optional:')) return `optional:${abs(l.slice('optional:'.length))}`;
      return abs(l);
    });
  }
  return t;
}

/** applyFile merges `file` (after its parents) onto `acc`; `stack` detects inheritance cycles. */
function applyFile(file: string, acc: TargetFile, chain: string[], stack: string[]): TargetFile {
  if (stack.includes(file)) {
    throw new UserError(`${file}: inheritance cycle: ${[...stack, file].map((f) => path.basename(f)).join(' -> ')}`);
  }
  const t = readTargetFile(file);
  for (const parent of t.inherits ?? []) {
    let parentFile: string;
    try {
      parentFile = findTargetFile(parent, path.dirname(file));
    } catch (e) {
      throw new UserError(`${file}: inherits: ${(e as Error).message}`);
    }
    acc = applyFile(parentFile, acc, chain, [...stack, file]);
  }
  chain.push(file);
  return mergeTarget(acc, t);
}

/** mergeTarget returns `base` extended by `over`: list keys append, other keys override. */
export function mergeTarget(base: TargetFile, over: TargetFile): TargetFile {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === 'inherits' || value === undefined) continue;
    if ((TARGET_LIST_KEYS as readonly string[]).includes(key)) {
      out[key] = [...((out[key] as string[] | undefined) ?? []), ...(value as string[])];
    } else {
      out[key] = value;
    }
  }
  return out as TargetFile;
}

/** resolve checks the merged fields every target needs and fills in defaults. */
function resolve(name: string, file: string, chain: string[], t: TargetFile): ResolvedTarget {
  const need = <T>(value: T | undefined, key: string): T => {
    if (value === undefined) throw new UserError(`${file}: invalid target file:\n  ${key}: required (not set by the file or its parents)`);
    return value;
  };
  const goos = need(t.goos, 'goos');
  const goarch = need(t.goarch, 'goarch');
  const tags = [...(t['build-tags'] ?? []), goos, goarch].filter((tag, i, all) => all.indexOf(tag) === i);
  return {
    name,
    file,
    chain,
    description: t.description ?? '',
    llvmTarget: need(t['llvm-target'], 'llvm-target'),
    cpu: t.cpu ?? '',
    features: t.features ?? '',
    dataLayout: need(t['data-layout'], 'data-layout'),
    buildTags: tags,
    goos,
    goarch,
    ptrSize: need(t['ptr-size'], 'ptr-size'),
    intSize: need(t['int-size'], 'int-size'),
    maxAlign: need(t['max-align'], 'max-align'),
    gc: t.gc ?? 'conservative',
    scheduler: t.scheduler ?? 'tasks',
    linkerScript: t['linker-script'],
    startup: t.startup ?? [],
    libs: t.libs ?? [],
    ldflags: t.ldflags ?? [],
    defaultStackSize: t['default-stack-size'] ?? 2048,
    stackSize: t['stack-size'] ?? 0,
    maxStackAlloc: t['max-stack-alloc'] ?? 256,
    maxStackFrame: t['max-stack-frame'],
    heapSize: t['heap-size'] ?? 0,
    flashSize: t['flash-size'],
    ramSize: t['ram-size'],
    cpuFrequency: t['cpu-frequency'],
    emulator: t.emulator,
    emulatorArgs: t['emulator-args'] ?? [],
    flashMethod: t['flash-method'] ?? 'command',
    flashCommand: t['flash-command'],
    msdVolumeNames: typeof t['msd-volume-name'] === 'string' ? [t['msd-volume-name']] : (t['msd-volume-name'] ?? []),
    monitorBaudrate: t['monitor-baudrate'],
    uf2FamilyId: t['uf2-family-id'] !== undefined ? parseInt(t['uf2-family-id'], 16) : undefined,
    serial: t.serial ?? 'uart',
  };
}
