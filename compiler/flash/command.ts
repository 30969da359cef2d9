// Flash command templates (a target's `flash-command`, TinyGo's convention): the template is split into words without
// a shell (whitespace separates, quotes group, a backslash escapes the next character), each word's placeholders —
// `{hex}`, `{elf}`, `{bin}`, `{uf2}` (the program's image files) and `{port}` (the serial port) — are replaced, so a
// path with spaces stays one argument, and the command runs with its output streamed through. A missing executable
// is a UserError naming the Debian package that provides it (FLASH_TOOL_PACKAGES); a failing one reports its status.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';

/** Placeholder is a `{name}` a flash command template may contain. */
export type Placeholder = 'hex' | 'elf' | 'bin' | 'uf2' | 'port';

/** IMAGE_PLACEHOLDERS are the placeholders that name one of the program's image files, by file extension. */
export const IMAGE_PLACEHOLDERS = ['elf', 'hex', 'bin', 'uf2'] as const;

/** ImagePlaceholder is a placeholder naming an image file. */
export type ImagePlaceholder = (typeof IMAGE_PLACEHOLDERS)[number];

const PLACEHOLDERS: readonly string[] = [...IMAGE_PLACEHOLDERS, 'port'];

/**
 * FLASH_TOOL_PACKAGES maps the flashing and serial tools tsgo may run to the Debian package that provides them, for
 * the message when one is missing.
 */
export const FLASH_TOOL_PACKAGES: Readonly<Record<string, string>> = {
  avrdude: 'avrdude',
  picotool: 'picotool',
  openocd: 'openocd',
  'dfu-util': 'dfu-util',
  bossac: 'bossa-cli',
  'esptool.py': 'esptool',
  esptool: 'esptool',
  stty: 'coreutils',
};

/**
 * splitCommand splits a command template into words as a POSIX shell would split plain words, without expanding
 * anything: unquoted whitespace separates words, '...' and "..." group (a backslash escapes `"` and `\` inside double
 * quotes), and a backslash outside quotes escapes the next character. An unterminated quote is a UserError.
 */
export function splitCommand(template: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\' && i + 1 < template.length) {
      word += template[++i];
    } else if (c === "'" || c === '"') {
      const end = findQuoteEnd(template, i);
      if (end < 0) throw new UserError(`tsgo: flash command ${JSON.stringify(template)}: unterminated ${c} quote`);
      const body = template.slice(i + 1, end);
      word += c === '"' ? body.replace(/\\(["\\])/g, '$1') : body;
      i = end;
    } else {
      word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** findQuoteEnd returns the index of the quote closing the one at `start`, or -1. */
function findQuoteEnd(s: string, start: number): number {
  const q = s[start]!;
  for (let i = start + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) return i;
  }
  return -1;
}

/** templatePlaceholders returns the placeholders the words name; an unknown `{name}` is a UserError. */
export function templatePlaceholders(words: string[]): Set<Placeholder> {
  const found = new Set<Placeholder>();
  for (const w of words) {
    for (const m of w.matchAll(/\{([^{}]*)\}/g)) {
      if (!PLACEHOLDERS.includes(m[1]!)) {
        throw new UserError(`tsgo: flash command: unknown placeholder {${m[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')})`);
      }
      found.add(m[1] as Placeholder);
    }
  }
  return found;
}

/** expandCommand replaces every placeholder in every word by its value; each word stays one argument. */
export function expandCommand(words: string[], values: Partial<Record<Placeholder, string>>): string[] {
  return words.map((w) =>
    w.replace(/\{([^{}]*)\}/g, (all, name: string) => {
      const v = values[name as Placeholder];
      if (v === undefined) throw new Error(`internal error: no value for flash command placeholder ${all}`);
      return v;
    }),
  );
}

/**
 * overrideProgrammer returns the words with avrdude's programmer (`-c ID` or `-cID`) replaced by `programmer`, or
 * `-c programmer` inserted after the executable when the template has none. Only avrdude commands take -programmer.
 */
export function overrideProgrammer(words: string[], programmer: string): string[] {
  if (words.length === 0 || path.basename(words[0]!) !== 'avrdude') {
    throw new UserError(`tsgo: -programmer applies to avrdude flash commands; this target flashes with ${words[0] ?? 'nothing'}`);
  }
  if (!/^[A-Za-z0-9_.+-]+$/.test(programmer)) throw new UserError(`tsgo: invalid -programmer ${JSON.stringify(programmer)}: want an avrdude programmer id such as usbasp`);
  const out = [...words];
  for (let i = 1; i < out.length; i++) {
    if (out[i] === '-c' && i + 1 < out.length) {
      out[i + 1] = programmer;
      return out;
    }
    if (out[i]!.startsWith('-c') && out[i]!.length > 2) {
      out[i] = `-c${programmer}`;
      return out;
    }
  }
  out.splice(1, 0, '-c', programmer);
  return out;
}

/**
 * findExecutable resolves a command name on PATH (a name containing a slash is taken as a path), or returns undefined
 * when there is no executable file of that name.
 */
export function findExecutable(name: string, pathVar = process.env['PATH'] ?? ''): string | undefined {
  const candidates = name.includes('/') ? [name] : pathVar.split(path.delimiter).filter((d) => d !== '').map((d) => path.join(d, name));
  for (const p of candidates) {
    try {
      if (!fs.statSync(p).isFile()) continue;
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not there, or not executable: try the next directory
    }
  }
  return undefined;
}

/** requireExecutable is findExecutable that throws the "not found: install the Debian package ..." UserError. */
export function requireExecutable(name: string): string {
  const exe = findExecutable(name);
  if (exe !== undefined) return exe;
  const pkg = FLASH_TOOL_PACKAGES[path.basename(name)];
  if (pkg !== undefined) throw new UserError(`tsgo: ${name} not found: install the Debian package ${pkg} (apt-get install ${pkg})`);
  throw new UserError(`tsgo: ${name} not found: it is not on PATH`);
}

/** StreamOutput receives a command's output as it arrives. */
export interface StreamOutput {
  stdout?: (chunk: Uint8Array) => void;
  stderr?: (chunk: Uint8Array) => void;
}

/**
 * runCommand runs argv (argv[0] resolved with requireExecutable, no shell) with stdin inherited and stdout and stderr
 * streamed to `out` (default: tsgo's own). It resolves when the command succeeds and throws a UserError naming the
 * exit status or signal when it fails.
 */
export function runCommand(argv: string[], out: StreamOutput = {}): Promise<void> {
  const name = argv[0];
  if (name === undefined) return Promise.reject(new UserError('tsgo: the flash command is empty'));
  const exe = requireExecutable(name);
  const stdout = out.stdout ?? ((c: Uint8Array) => process.stdout.write(c));
  const stderr = out.stderr ?? ((c: Uint8Array) => process.stderr.write(c));
  return new Promise((resolve, reject) => {
    const child = spawn(exe, argv.slice(1), { stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', stdout);
    child.stderr.on('data', stderr);
    child.on('error', (e) => reject(new UserError(`tsgo: cannot run ${name}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else if (signal !== null) reject(new UserError(`tsgo: ${path.basename(name)} was killed by ${signal}`));
      else reject(new UserError(`tsgo: ${path.basename(name)} failed with exit status ${code}`));
    });
  });
}
