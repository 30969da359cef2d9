// `tsgo targets`: one line per built-in target, as aligned columns — its name, where `tsgo run` runs it (the
// simulator or emulator: avr8js, rp2040js, qemu, or natively on the host), how `tsgo flash` writes it to a board
// (the flash command's tool and whether it needs a serial port, or a UF2 copy to a boot volume), and its description.

import * as path from 'node:path';
import { splitCommand } from '../compiler/flash/command.ts';
import { canFlash, listTargets, loadTarget, type ResolvedTarget } from '../compiler/target/target.ts';

/** TARGET_COLUMNS are the headings of `tsgo targets`. */
export const TARGET_COLUMNS = ['TARGET', 'SIMULATOR', 'FLASH', 'DESCRIPTION'] as const;

/** runColumn says where `tsgo run` runs programs for the target: its simulator, `host (native)`, or "-". */
export function runColumn(t: ResolvedTarget): string {
  if (t.emulator === 'native') return 'host (native)';
  return t.emulator ?? '-';
}

/**
 * flashColumn says how `tsgo flash` writes programs for the target: the flash command's tool, with "(serial)" when it
 * needs a serial port (`avrdude (serial)`); `uf2 copy to RPI-RP2` for the "msd" method; "-" when it cannot be flashed.
 */
export function flashColumn(t: ResolvedTarget): string {
  if (!canFlash(t)) return '-';
  if (t.flashMethod === 'msd') return `uf2 copy to ${t.msdVolumeNames.length > 0 ? t.msdVolumeNames.join('/') : 'a UF2 volume'}`;
  let words: string[];
  try {
    words = splitCommand(t.flashCommand!);
  } catch {
    return 'invalid flash-command';
  }
  const tool = path.basename(words[0] ?? '?');
  return words.some((w) => w.includes('{port}')) ? `${tool} (serial)` : tool;
}

/** formatTargetTable renders the targets as aligned columns under TARGET_COLUMNS, one line each. */
export function formatTargetTable(targets: ResolvedTarget[]): string {
  const rows: string[][] = [[...TARGET_COLUMNS], ...targets.map((t) => [t.name, runColumn(t), flashColumn(t), t.description])];
  const widths = TARGET_COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]! + 2))).join('').trimEnd() + '\n').join('');
}

/** targetTable lists the built-in targets (listTargets) as formatTargetTable's table. */
export function targetTable(): string {
  return formatTargetTable(listTargets().map((name) => loadTarget(name)));
}
