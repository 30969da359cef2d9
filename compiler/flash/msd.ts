// Flashing through a USB mass-storage boot loader (TinyGo's "msd" flash method): a board in its UF2 boot loader —
// the Raspberry Pi Pico held in BOOTSEL — shows up as a small FAT volume (RPI-RP2) whose root holds INFO_UF2.TXT,
// and copying a .uf2 file onto it writes the flash, after which the board reboots and the volume disappears.
// findUf2Volumes looks for such volumes where desktops and users mount them (/media/USER/NAME, /run/media/USER/NAME,
// /mnt/NAME) and in the mount table (/proc/mounts); a volume matches the target when its directory name or the
// Board-ID in its INFO_UF2.TXT is one of the target's `msd-volume-name`s. The places are a parameter (MsdSearch) so
// tests can lay out a mounted Pico in a temporary directory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';

/** INFO_FILE is the file a UF2 boot volume has at its root (Microsoft's UF2 specification). */
export const INFO_FILE = 'INFO_UF2.TXT';

/** MsdSearch says where mounted volumes are looked for. */
export interface MsdSearch {
  /** patterns are absolute paths whose `*` segments match any directory entry (e.g. `/media/*\/*`). */
  patterns: string[];
  /** mountsFile is a mount table in /proc/mounts format (its second field, octal-escaped, is the mount point). */
  mountsFile?: string;
}

/** DEFAULT_MSD_SEARCH is where Linux desktops, udisks and users mount removable volumes. */
export const DEFAULT_MSD_SEARCH: MsdSearch = {
  patterns: ['/media/*/*', '/run/media/*/*', '/mnt/*'],
  mountsFile: '/proc/mounts',
};

/** Uf2Volume is one mounted UF2 boot volume. */
export interface Uf2Volume {
  /** dir is the volume's mount point. */
  dir: string;
  /** info holds INFO_UF2.TXT's `Key: value` lines (Model, Board-ID, ...). */
  info: Record<string, string>;
}

/** parseInfoUf2 reads the `Key: value` lines of an INFO_UF2.TXT file (other lines, like the first, are skipped). */
export function parseInfoUf2(text: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z][A-Za-z0-9 _-]*):\s*(.*?)\s*$/.exec(line);
    if (m) info[m[1]!] = m[2]!;
  }
  return info;
}

/** expandPattern lists the existing paths that match an absolute pattern whose segments may be `*`. */
function expandPattern(pattern: string): string[] {
  let paths = [path.parse(pattern).root];
  for (const seg of pattern.split('/').filter((s) => s !== '')) {
    const next: string[] = [];
    for (const p of paths) {
      if (seg !== '*') {
        next.push(path.join(p, seg));
        continue;
      }
      try {
        for (const e of fs.readdirSync(p)) next.push(path.join(p, e));
      } catch {
        // not a directory, or not readable: nothing mounted here
      }
    }
    paths = next;
  }
  return paths;
}

/** mountPoints reads the mount points of a /proc/mounts-format file, decoding its `\040`-style escapes. */
export function mountPoints(mountsFile: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(mountsFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((l) => l.split(' ')[1])
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
}

/**
 * findUf2Volumes returns the mounted UF2 boot volumes, each once, that match one of `names` by directory name or
 * Board-ID (every UF2 volume when names is empty), sorted by mount point.
 */
export function findUf2Volumes(names: string[], search: MsdSearch = DEFAULT_MSD_SEARCH): Uf2Volume[] {
  const candidates = [...search.patterns.flatMap(expandPattern), ...(search.mountsFile ? mountPoints(search.mountsFile) : [])];
  const seen = new Set<string>();
  const volumes: Uf2Volume[] = [];
  for (const dir of candidates) {
    let text: string;
    let real: string;
    try {
      text = fs.readFileSync(path.join(dir, INFO_FILE), 'utf8');
      real = fs.realpathSync(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const info = parseInfoUf2(text);
    if (names.length === 0 || names.includes(path.basename(dir)) || names.includes(info['Board-ID'] ?? '')) volumes.push({ dir, info });
  }
  return volumes.sort((a, b) => a.dir.localeCompare(b.dir));
}

/**
 * chooseUf2Volume returns the one mounted boot volume for the target; none, or several, is a UserError (the latter
 * listing them).
 */
export function chooseUf2Volume(targetName: string, names: string[], search: MsdSearch = DEFAULT_MSD_SEARCH): Uf2Volume {
  const found = findUf2Volumes(names, search);
  if (found.length === 1) return found[0]!;
  const what = names.length > 0 ? `a ${names.join(' or ')} volume` : 'a UF2 boot volume';
  if (found.length === 0) {
    throw new UserError(
      `tsgo: no ${names.length > 0 ? names.join(' or ') : 'UF2 boot'} volume with ${INFO_FILE} is mounted for ${targetName}: ` +
        `hold the board's BOOTSEL button while plugging it in, and mount the volume it shows (looked in ` +
        `${[...search.patterns, ...(search.mountsFile ? [search.mountsFile] : [])].join(', ')})`,
    );
  }
  throw new UserError(`tsgo: several boards are waiting as ${what}: ${found.map((v) => v.dir).join(', ')}; unplug all but one`);
}

/**
 * copyToVolume copies the UF2 file into the volume's root as `name` and returns the path written. The data is written
 * and flushed (fsync) before returning; errors from the flush or close after every byte was written are ignored,
 * because the boot loader reboots the board — and the volume goes away — as soon as it has received the last block.
 * The copy is not atomic (a rename would not make it so: the boot loader acts on blocks as they arrive).
 */
export function copyToVolume(file: string, volume: Uf2Volume, name = 'flash.uf2'): string {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (e) {
    throw new UserError(`tsgo: cannot read ${file}: ${(e as Error).message}`);
  }
  const dest = path.join(volume.dir, name);
  let fd: number | undefined;
  try {
    fd = fs.openSync(dest, 'w');
    for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    throw new UserError(`tsgo: cannot copy ${path.basename(file)} to ${volume.dir}: ${(e as Error).message}`);
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // the board has rebooted into the new program and its volume is gone: the copy is complete
  }
  closeQuietly(fd);
  return dest;
}

/** closeQuietly closes fd, ignoring errors (the volume may already be gone). */
function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // nothing more to do
  }
}
