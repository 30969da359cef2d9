// `tsgo run` on a simulated board: stdin feeds the UART's receiver, -trace-pins prints every output pin change in
// the documented format, -vcd writes the same changes as a Value Change Dump, -sim-time ends the run normally.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDuration } from './duration.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-run-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const PROGRAM = path.join(ROOT, 'testdata/sim/blinkecho.go');

describe('tsgo run on arduino', () => {
  it('feeds stdin to the UART, traces pins, writes a VCD and stops at -sim-time with exit code 0', () => {
    const vcd = path.join(tmp, 'pins.vcd');
    const r = spawnSync(process.execPath, [TSGO, 'run', '-target=arduino', '-sim-time=300ms', '-trace-pins', `-vcd=${vcd}`, PROGRAM], {
      input: 'hello',
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toBe('HELLO\n');
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    lines.forEach((l, i) => expect(l).toMatch(new RegExp(`^\\d+\\.\\d{6} D13 ${i % 2 === 0 ? 'high' : 'low'}$`)));
    // Each half period is the same busy delay: equal to within a few microseconds.
    const t = lines.map((l) => Number(l.split(' ')[0]));
    const halves = t.slice(1).map((x, i) => x - t[i]!);
    for (const h of halves) expect(Math.abs(h - halves[0]!)).toBeLessThan(1e-5);
    const dump = fs.readFileSync(vcd, 'utf8');
    expect(dump).toMatch(/\$timescale 1ns \$end/);
    expect(dump).toMatch(/\$var wire 1 ! D13 \$end/);
    const changes = [...dump.matchAll(/#(\d+)\n([01])!/g)].map((m) => [Number(m[1]) / 1e9, m[2] === '1']);
    expect(changes).toEqual(t.map((s, i) => [expect.closeTo(s, 5), i % 2 === 0]));
  });

  it('rejects a -sim-time that is not a duration', () => {
    const r = spawnSync(process.execPath, [TSGO, 'run', '-target=arduino', '-sim-time=soon', PROGRAM], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^invalid -sim-time "soon": want a duration/);
    expect(r.status).toBe(1);
  });
});

describe('tsgo run on pico', () => {
  it('traces the LED as GP25 and writes the VCD, with seconds from the core\'s cycles at 125 MHz', () => {
    const vcd = path.join(tmp, 'pico.vcd');
    const r = spawnSync(process.execPath, [TSGO, 'run', '-target=pico', '-trace-pins', `-vcd=${vcd}`, path.join(ROOT, 'testdata/boards/toggle.go')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toBe('done\n');
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.map((l) => l.split(' ').slice(1).join(' '))).toEqual(['GP25 high', 'GP25 low', 'GP25 high', 'GP25 low', 'GP25 high', 'GP25 low']);
    lines.forEach((l) => expect(l).toMatch(/^\d+\.\d{6} /));
    // The same busy delay between changes: 2000 register reads, about 19 µs at 125 MHz.
    const t = lines.map((l) => Number(l.split(' ')[0]));
    for (let i = 1; i < t.length; i++) expect(Math.abs(t[i]! - t[i - 1]! - 19e-6)).toBeLessThan(3e-6);
    const dump = fs.readFileSync(vcd, 'utf8');
    expect(dump).toMatch(/\$var wire 1 ! GP25 \$end/);
    expect([...dump.matchAll(/#(\d+)\n([01])!/g)]).toHaveLength(6);
  });
});

describe('parseDuration', () => {
  it('reads Go durations', () => {
    expect(parseDuration('1.5s')).toBe(1.5e9);
    expect(parseDuration('2m30s')).toBe(150e9);
    expect(parseDuration('500ms')).toBe(5e8);
    expect(parseDuration('10us')).toBe(1e4);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('5')).toBeUndefined();
    expect(parseDuration('s')).toBeUndefined();
    expect(parseDuration('1x')).toBeUndefined();
  });
});
