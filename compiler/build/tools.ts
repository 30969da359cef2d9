// External tools: finds the LLVM 14 tools (Debian's versioned names: opt-14, llc-14, ...), ld.lld-14 and qemu on PATH,
// remembers where they are, and runs them. A missing tool is a UserError naming the Debian package to install; a
// failing tool is a UserError carrying the tool's stderr.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';

/** ToolName is one of the external programs the build and run steps use. */
export type ToolName = 'opt' | 'llc' | 'ld.lld' | 'llvm-mc' | 'llvm-objcopy' | 'llvm-size' | 'llvm-nm' | 'llvm-objdump' | 'qemu-system-arm';

interface ToolInfo {
  /** candidates are the executable names tried, in order. */
  candidates: string[];
  /** pkg is the Debian package that provides the tool. */
  pkg: string;
}

const TOOLS: Record<ToolName, ToolInfo> = {
  opt: { candidates: ['opt-14'], pkg: 'llvm-14' },
  llc: { candidates: ['llc-14'], pkg: 'llvm-14' },
  'ld.lld': { candidates: ['ld.lld-14'], pkg: 'lld-14' },
  'llvm-mc': { candidates: ['llvm-mc-14'], pkg: 'llvm-14' },
  'llvm-objcopy': { candidates: ['llvm-objcopy-14'], pkg: 'llvm-14' },
  'llvm-size': { candidates: ['llvm-size-14'], pkg: 'llvm-14' },
  'llvm-nm': { candidates: ['llvm-nm-14'], pkg: 'llvm-14' },
  'llvm-objdump': { candidates: ['llvm-objdump-14'], pkg: 'llvm-14' },
  'qemu-system-arm': { candidates: ['qemu-system-arm'], pkg: 'qemu-system-arm' },
};

const found = new Map<string, string>();

/** findTool returns the absolute path of a tool, or throws a UserError naming the Debian package to install. */
export function findTool(name: ToolName): string {
  const pathVar = process.env['PATH'] ?? '';
  const key = `${name}\0${pathVar}`;
  const cached = found.get(key);
  if (cached !== undefined) return cached;
  const info = TOOLS[name];
  for (const dir of pathVar.split(path.delimiter).filter((d) => d !== '')) {
    for (const exe of info.candidates) {
      const p = path.join(dir, exe);
      if (isExecutable(p)) {
        found.set(key, p);
        return p;
      }
    }
  }
  throw new UserError(`${info.candidates[0]} not found: install the Debian package ${info.pkg} (apt-get install ${info.pkg})`);
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** ToolResult is the outcome of one tool run. */
export interface ToolResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

/** RunOptions tunes runProcess. */
export interface RunOptions {
  timeoutMs?: number;
  cwd?: string;
  /** onStdout receives stdout chunks as they arrive (they are still collected into the result). */
  onStdout?: (chunk: Uint8Array) => void;
}

/** runProcess runs an executable with arguments (no shell) and collects its output; it never throws for a failure exit. */
export function runProcess(exe: string, args: string[], opts: RunOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, opts.timeoutMs);
    }
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      opts.onStdout?.(b);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(new UserError(`cannot run ${exe}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

/** ToolFailure is a tool that ran and failed; `tool` says which, so callers can explain it without parsing the text. */
export class ToolFailure extends UserError {
  constructor(
    readonly tool: ToolName,
    message: string,
  ) {
    super(message);
    this.name = 'ToolFailure';
  }
}

/** TOOL_TIMEOUT_MS bounds every tool run unless the caller gives its own timeout. */
export const TOOL_TIMEOUT_MS = 120_000;

/** runTool runs a named tool and throws a UserError with its stderr when it fails; returns its stdout. */
export async function runTool(name: ToolName, args: string[], opts: RunOptions = {}): Promise<Buffer> {
  const exe = findTool(name);
  const timeoutMs = opts.timeoutMs ?? TOOL_TIMEOUT_MS;
  const r = await runProcess(exe, args, { ...opts, timeoutMs });
  if (r.timedOut) throw new UserError(`${path.basename(exe)} timed out after ${timeoutMs / 1000}s`);
  if (r.code !== 0) {
    const why = r.signal !== null ? `killed by ${r.signal}` : `exit status ${r.code}`;
    const stderr = r.stderr.trim();
    throw new ToolFailure(name, `${path.basename(exe)} failed (${why})${stderr ? `:\n${stderr}` : ''}`);
  }
  return r.stdout;
}
