// Diagnostics: the one type every phase reports through. Phases never print; they add to a DiagnosticSink they are
// given, and the CLI decides how to show them. Printed form: `file:line:col: message`, 1-based, columns in bytes,
// paths relative to the working directory when the file is below it.

import * as path from 'node:path';
import type { FileSet, Pos } from './syntax/source.ts';

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning' | 'note';

/** Diagnostic is one message at one position, with optional related notes. */
export interface Diagnostic {
  pos: Pos;
  severity: Severity;
  message: string;
  notes?: { pos: Pos; message: string }[];
}

/** DiagnosticSink collects diagnostics in the order phases report them. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  constructor(readonly fset: FileSet) {}

  /** error reports an error at pos. */
  error(pos: Pos, message: string): void {
    this.list.push({ pos, severity: 'error', message });
  }

  /** notYetSupported reports a construct the compiler does not handle yet. */
  notYetSupported(pos: Pos, what: string): void {
    this.error(pos, `not yet supported: ${what}`);
  }

  /** errorCount is the number of errors reported so far. */
  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }

  /** hasErrors reports whether any error was reported. */
  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /**
   * sorted returns the diagnostics sorted by file, line and column, at most `limit` errors, thinned as gc does: one
   * syntax error per line, and of other errors on one line only those whose message differs from the previous one
   * (so `k, v := range x` reports both unused names, but a repeated message is printed once).
   */
  sorted(limit = 10): Diagnostic[] {
    const keyed = this.list.map((d) => ({ d, p: this.fset.position(d.pos) }));
    keyed.sort((a, b) => a.p.filename.localeCompare(b.p.filename) || a.p.line - b.p.line || a.p.column - b.p.column);
    const out: Diagnostic[] = [];
    let lastSyntax = '';
    let lastOther = '';
    let lastMessage = '';
    for (const { d, p } of keyed) {
      const line = `${p.filename}:${p.line}`;
      if (p.line > 0) {
        if (d.message.startsWith('syntax error')) {
          if (line === lastSyntax) continue;
          lastSyntax = line;
        } else {
          if (line === lastOther && d.message === lastMessage) continue;
          lastOther = line;
          lastMessage = d.message;
        }
      }
      out.push(d);
      if (limit > 0 && out.length >= limit) break;
    }
    return out;
  }

  /** format renders one diagnostic as `file:line:col: message`. */
  format(d: Diagnostic, cwd = process.cwd()): string {
    return formatAt(this.fset, d.pos, d.message, cwd);
  }
}

/** POSITION_PATH matches an absolute file name that starts a `file:line:col` position inside a message. */
const POSITION_PATH = /(?<![^\s(])\/[^\s:()]+(?=:\d+:\d+)/g;

/**
 * formatAt renders `file:line:col: message` for a position, or just the message when the position is unknown; file
 * names below cwd, in the position and inside the message, are relative to it.
 */
export function formatAt(fset: FileSet, pos: Pos, message: string, cwd = process.cwd()): string {
  const p = fset.position(pos);
  // Positions inside the message (`other declaration of x`, `cannot infer T (file.go:3:8)`) are shown as the
  // message's own position is: relative to cwd when below it.
  const text = message.replace(POSITION_PATH, (file: string) => displayPath(file, cwd));
  if (!p.filename) return text;
  return `${displayPath(p.filename, cwd)}:${p.line}:${p.column}: ${text}`;
}

/** displayPath makes a file name relative to cwd when the file is below it, else leaves it absolute. */
export function displayPath(filename: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, filename);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
  return abs;
}

/**
 * CompileError aborts a phase after errors were added to the sink. The driver catches it and prints the sink;
 * it never reaches the user as a stack trace.
 */
export class CompileError extends Error {
  constructor(message = 'compilation failed') {
    super(message);
    this.name = 'CompileError';
  }
}

/**
 * UserError is a problem with the user's invocation or environment (unknown target, missing tool, bad flag):
 * printed as its message, exit code 1.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** assertNever marks the end of an exhaustive switch. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`internal error: unexpected ${what}: ${JSON.stringify((x as { kind?: string })?.kind ?? x)}`);
}
