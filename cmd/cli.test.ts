// The tsgo command as a user runs it: a child process per case, checking stdout, stderr and the exit code — the
// allocs.md acceptance case, `run` on each emulator, output formats, and bad input of every kind (which must give a
// positioned message and exit code 1, never a stack trace, and must not leave a half-written output file).

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_EXTENSIONS, outputExtensionList, type OutputFormat } from '../compiler/build/output.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * tsgo runs the CLI in cwd. Asynchronously: a worker blocked in spawnSync for the whole file (about a minute) cannot
 * answer vitest's calls, which then time out ("Timeout calling onTaskUpdate").
 */
function tsgo(args: string[], cwd = tmp, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const opts = { cwd, encoding: 'utf8' as const, timeout: 120_000, env: env && { ...process.env, ...env } };
    execFile(process.execPath, [TSGO, ...args], opts, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error); // not an exit status: the run could not start, or timed out
      else resolve({ stdout, stderr, status: error ? (error.code as number) : 0 });
    });
  });
}

const ALLOCS_MAIN = fs.readFileSync(path.join(ROOT, 'examples/allocs/main.go'), 'utf8');
fs.writeFileSync(path.join(tmp, 'main.go'), ALLOCS_MAIN);

describe('tsgo build -print-allocs (allocs.md acceptance)', () => {
  it('reports exactly the escaping allocation', async () => {
    const r = await tsgo(['build', '-target=arduino', '-print-allocs=.', 'main.go']);
    expect(r.stderr).toBe('main.go:6:2: object allocated on the heap: escapes at line 7\n');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'main.elf'))).toBe(true);
  });

  it('takes Go regexp syntax', async () => {
    const line = 'main.go:6:2: object allocated on the heap: escapes at line 7\n';
    expect((await tsgo(['build', '-target=arduino', '-print-allocs=(?i)^MAIN\\.FOO$', 'main.go'])).stderr).toBe(line);
    expect((await tsgo(['build', '-target=arduino', '-print-allocs=\\Amain\\.\\pL+\\z', 'main.go'])).stderr).toBe(line);
    expect((await tsgo(['build', '-target=arduino', '-print-allocs=^main\\.foo[[:digit:]]', 'main.go'])).stderr).toBe('');
  });

  it('rejects a pattern Go rejects, in Go\'s words, with exit code 1', async () => {
    const r = await tsgo(['build', '-target=arduino', '-print-allocs=main(?=\\.)', 'main.go']);
    expect(r.stderr).toBe('tsgo: invalid -print-allocs regexp "main(?=\\\\.)": error parsing regexp: invalid or unsupported Perl syntax: `(?=`\n');
    expect(r.status).toBe(1);
    expect((await tsgo(['build', '-print-allocs=(a)\\1', 'main.go'])).stderr).toBe(
      'tsgo: invalid -print-allocs regexp "(a)\\\\1": error parsing regexp: invalid escape sequence: `\\1`\n',
    );
  });

  it('filters by function name', async () => {
    expect((await tsgo(['build', '-target=arduino', '-print-allocs=^main\\.foo2$', 'main.go'])).stderr).toBe('');
    expect((await tsgo(['build', '--target', 'arduino', '--print-allocs', 'main\\.foo$', 'main.go'])).stderr).toBe(
      'main.go:6:2: object allocated on the heap: escapes at line 7\n',
    );
  });
});

describe('tsgo run', () => {
  it.each(['arduino', 'cortex-m-qemu', 'host'])('runs on %s and prints 3', async (target) => {
    const r = await tsgo(['run', `-target=${target}`, 'main.go']);
    expect(r.stdout).toBe('3\n');
    expect(r.status).toBe(0);
  });

  it('exits with 2 and gc\'s message when the heap is exhausted', async () => {
    const r = await tsgo(['run', '-target=arduino', path.join(ROOT, 'testdata/run/gc_oom.go')]);
    expect(r.stdout).toBe('allocating\nfatal error: out of memory\n');
    expect(r.status).toBe(2);
  });

  it('exits with 1 naming the heap allocations of a -gc=none build', async () => {
    const r = await tsgo(['build', '-target=arduino', '-gc=none', 'main.go']);
    expect(r.stderr).toBe('main.go:6:2: heap allocation with -gc=none: escapes at line 7\n');
    expect(r.status).toBe(1);
  });

  it('exits with 2 after a panic', async () => {
    const r = await tsgo(['run', '-target=arduino', path.join(ROOT, 'testdata/run/panic_custom.go')]);
    expect(r.stdout).toBe('ok 0\nok 1\nok 2\npanic: too many items\n');
    expect(r.status).toBe(2);
  });

  it('stops a runaway program', async () => {
    fs.writeFileSync(path.join(tmp, 'loop.go'), 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
    const r = await tsgo(['run', '-target=host', '-timeout=1', 'loop.go']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/did not finish|timed out|time/);
  });
});

describe('output formats', () => {
  // One check per format: the Record type makes a new OutputFormat fail to compile here until it has one.
  const looksLike: Record<OutputFormat, (b: Buffer) => boolean> = {
    elf: (b) => b.subarray(1, 4).toString('latin1') === 'ELF',
    hex: (b) => b.toString('latin1').startsWith(':'),
    bin: (b) => b.length > 0 && b.length < 32768,
    uf2: (b) => b.length % 512 === 0 && b.readUInt32LE(0) === 0x0a324655 && b.readUInt32LE(508) === 0x0ab16f30,
    ll: (b) => b.toString().includes('define'),
    bc: (b) => b.subarray(0, 2).toString('latin1') === 'BC',
    o: (b) => b.subarray(1, 4).toString('latin1') === 'ELF',
  };
  it.each(OUTPUT_EXTENSIONS.map(([ext, format]) => [`out${ext}`, format]))('-o %s writes %s', async (name, format) => {
    const target = format === 'uf2' ? 'pico' : 'arduino'; // UF2 is the RP2040's boot loader format
    const r = await tsgo(['build', `-target=${target}`, '-o', name, 'main.go']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(looksLike[format](fs.readFileSync(path.join(tmp, name)))).toBe(true);
  });

  it('rejects a .uf2 output for a target without a UF2 boot loader', async () => {
    const r = await tsgo(['build', '-target=arduino', '-o', 'out-avr.uf2', 'main.go']);
    expect(r.stderr).toBe('cannot write out-avr.uf2: target arduino has no UF2 boot loader (no uf2-family-id in its target file)\n');
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'out-avr.uf2'))).toBe(false);
  });

  it('rejects an unknown extension before compiling, listing every accepted one', async () => {
    fs.copyFileSync(path.join(ROOT, 'testdata/errors/type.go'), path.join(tmp, 'type.go'));
    const r = await tsgo(['build', '-o', 'out.xyz', 'type.go']); // type.go does not type-check: the -o error must come first
    expect(r.stderr).toBe(`unknown output file type .xyz for out.xyz: use ${outputExtensionList()}\n`);
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'out.xyz'))).toBe(false);
  });

  it('-size=short prints the size line', async () => {
    const r = await tsgo(['build', '-target=arduino', '-size=short', '-o', 'sized.elf', 'main.go']);
    expect(r.stdout).toMatch(/code\s+data\s+bss\s+\|\s+flash\s+ram/);
    expect(r.status).toBe(0);
  });
});

describe('bad input', () => {
  const errors = path.join(ROOT, 'testdata/errors');
  it.each([
    ['syntax.go', /^syntax\.go:5:1: syntax error: unexpected }, expected expression\n$/],
    ['type.go', /^type\.go:4:17: cannot use 1 \(untyped int constant\) as string value in variable declaration\n$/],
    // testdata/errors/goroot stands for a GOROOT whose package "broken" tsgo cannot compile.
    ['stdimport.go', /^stdimport\.go:3:8: not yet supported: package "broken" does not compile with tsgo yet \(first error: \S+broken\.go:6:23: undefined: missing\)\n$/],
    ['nomain.go', /^nomain\.go:3:1: function main is undeclared in the main package\n$/],
  ])('%s gives a positioned error and exit code 1', async (name, want) => {
    const r = await tsgo(['build', '-o', path.join(tmp, 'bad.elf'), name], errors, { GOROOT: path.join(errors, 'goroot') });
    expect(r.stderr).toMatch(want);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'bad.elf'))).toBe(false);
  });

  it('sizes goroutine stacks by -stack-size', async () => {
    const ll = path.join(tmp, 'stack.ll');
    const r = await tsgo(['build', '-stack-size=1KB', '-o', ll, 'goroutine.go'], errors);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(ll, 'utf8')).toMatch(/@"tsgo\.stacksize\.main\.main\$1" = global i64 1024\n/);
    expect((await tsgo(['build', '-stack-size=lots', '-o', ll, 'goroutine.go'], errors)).stderr).toMatch(/^invalid -stack-size "lots"/);
  });

  it('prints the stack of main and of every goroutine start function with -print-stacks', async () => {
    const r = await tsgo(['build', '-target=arduino', '-print-stacks', '-o', path.join(tmp, 'stacks.elf'), 'goroutine.go'], errors);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^main\.main  \d+  \(computed from the call graph\)$/);
    expect(lines[1]).toMatch(/^main\.main\$1  \d+  \(computed from the call graph\)$/);
    expect(Number(lines[1]!.split('  ')[1])).toBeLessThan(192); // below the default: a send and a return
    expect(r.status).toBe(0);
    // Recursion leaves the fallback size, and says where.
    const dir = path.join(tmp, 'recursive');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'main.go'),
      'package main\n\nfunc f(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + 1\n}\n\n' +
        'func main() {\n\tc := make(chan int)\n\tgo func() { c <- f(3) }()\n\tprintln(<-c)\n}\n',
    );
    const rec = await tsgo(['build', '-target=cortex-m-qemu', '-print-stacks', '-stack-size=300', '-o', path.join(tmp, 'rec.elf'), '.'], dir);
    expect(rec.stdout.split('\n')[1]).toBe('main.main$1  300  (-stack-size: recursion: main.f → main.f)');
  });

  it('rejects a go statement with -scheduler=none at its position', async () => {
    const r = await tsgo(['build', '-scheduler=none', '-o', path.join(tmp, 'bad.elf'), 'goroutine.go'], errors);
    expect(r.stderr).toBe('goroutine.go:5:2: go statement: goroutines need a scheduler, and this build has -scheduler=none\n');
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'bad.elf'))).toBe(false);
  });

  it('rejects a main package without func main in run, at its first file, but not in check', async () => {
    const dir = path.join(tmp, 'nomain');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'b.go'), 'package main\n\nfunc helper() {}\n');
    fs.writeFileSync(path.join(dir, 'a.go'), '// Package main has no main.\npackage main\n');
    const run = await tsgo(['run', '-target=host', '.'], dir);
    expect(run.stderr).toBe('a.go:2:1: function main is undeclared in the main package\n');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    const check = await tsgo(['check', '.'], dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('rejects an unknown target', async () => {
    const r = await tsgo(['build', '-target=nosuchboard', 'main.go']);
    expect(r.stderr).toMatch(/nosuchboard/);
    expect(r.stderr).toMatch(/arduino/); // lists the known targets
    expect(r.status).toBe(1);
  });

  it('rejects an unknown flag', async () => {
    const r = await tsgo(['build', '-frobnicate', 'main.go']);
    expect(r.stderr).toMatch(/unknown option/);
    expect(r.status).toBe(1);
  });

  it('rejects a missing file', async () => {
    const r = await tsgo(['build', 'nothere.go']);
    expect(r.stderr).toMatch(/nothere\.go/);
    expect(r.status).toBe(1);
  });
});

describe('information commands', () => {
  it('version names tsgo, LLVM and the Go sources', async () => {
    const r = await tsgo(['version']);
    expect(r.stdout).toMatch(/^tsgo version \S+ .*LLVM 14\.[\d.]+.*go1\.19/);
    expect(r.status).toBe(0);
  });
  it('targets lists the boards', async () => {
    const names = (await tsgo(['targets'])).stdout.split('\n').map((l) => l.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['arduino', 'arduino-nano', 'cortex-m-qemu', 'host']));
  });
  it('help lists the commands', async () => {
    const r = await tsgo(['help']);
    expect(r.stdout + r.stderr).toMatch(/build/);
    expect(r.status).toBe(0);
  });
});
