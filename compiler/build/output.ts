// Output files: the formats `-o` accepts, chosen by the file extension (OUTPUT_EXTENSIONS), and the writing of the
// linked ELF to the user's path as an ELF copy, an Intel HEX file (llvm-objcopy -O ihex, what avrdude flashes), a
// raw binary (-O binary) or a UF2 file (uf2.ts, what the RP2040's boot ROM takes); the driver writes the LLVM IR (.ll), bitcode (.bc) and object (.o) formats itself. Every write is atomic: the data goes
// to a temporary file in the destination's directory, which is then renamed over the destination, so a failed or
// interrupted build never leaves a truncated firmware file behind.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNever, UserError } from '../diag.ts';
import { parseElf } from '../run/elf.ts';
import { runTool } from './tools.ts';
import { makeUf2 } from './uf2.ts';

/** OutputFormat is the kind of file `-o` asks for. */
export type OutputFormat = 'elf' | 'hex' | 'bin' | 'uf2' | 'll' | 'bc' | 'o';

/** ImageFormat is an OutputFormat made from the linked ELF (what writeOutput writes). */
export type ImageFormat = Extract<OutputFormat, 'elf' | 'hex' | 'bin' | 'uf2'>;

/**
 * OUTPUT_EXTENSIONS is every file extension `-o` accepts, with the format it selects, in the order messages list them.
 * It is the one list: outputFormat's error message and the CLI's help are built from it, and the driver switches
 * exhaustively over OutputFormat, so an extension cannot be accepted without being dispatched or vice versa.
 * A destination without an extension is an ELF file.
 */
export const OUTPUT_EXTENSIONS: ReadonlyArray<readonly [ext: string, format: OutputFormat]> = [
  ['.elf', 'elf'],
  ['.hex', 'hex'],
  ['.ihex', 'hex'],
  ['.bin', 'bin'],
  ['.uf2', 'uf2'],
  ['.ll', 'll'],
  ['.bc', 'bc'],
  ['.o', 'o'],
];

/** outputExtensionList names the accepted extensions for messages: `.elf, .hex, ... or .o`. */
export function outputExtensionList(): string {
  const exts = OUTPUT_EXTENSIONS.map(([ext]) => ext);
  return `${exts.slice(0, -1).join(', ')} or ${exts[exts.length - 1]}`;
}

/** outputFormat infers the format from the destination's extension (no extension: ELF); throws UserError otherwise. */
export function outputFormat(dest: string): OutputFormat {
  const ext = path.extname(dest).toLowerCase();
  if (ext === '') return 'elf';
  const entry = OUTPUT_EXTENSIONS.find(([e]) => e === ext);
  if (!entry) throw new UserError(`unknown output file type ${ext} for ${dest}: use ${outputExtensionList()}`);
  return entry[1];
}

/** tempPathFor returns a fresh temporary path in the same directory as dest (so a rename is atomic). */
function tempPathFor(dest: string): string {
  const rnd = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${rnd}.tmp`);
}

/** commitTemp renames tmp over dest, removing tmp if that fails. */
function commitTemp(tmp: string, dest: string, mode?: number): void {
  try {
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, dest);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new UserError(`cannot write ${dest}: ${(e as Error).message}`);
  }
}

/** writeFileAtomic writes data to dest through a temporary file in the same directory and a rename. */
export function writeFileAtomic(dest: string, data: Uint8Array | string, mode?: number): void {
  const tmp = tempPathFor(dest);
  try {
    fs.writeFileSync(tmp, data);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new UserError(`cannot write ${dest}: ${(e as Error).message}`);
  }
  commitTemp(tmp, dest, mode);
}

/**
 * writeOutput converts the linked ELF at elfPath into dest, in `format`, atomically. ELF copies stay executable (the
 * host target runs them directly). A UF2 file needs the target's family ID (uf2FamilyId).
 */
export async function writeOutput(elfPath: string, dest: string, format: ImageFormat, uf2FamilyId?: number): Promise<void> {
  switch (format) {
    case 'elf':
      writeFileAtomic(dest, fs.readFileSync(elfPath), 0o755);
      return;
    case 'uf2': {
      if (uf2FamilyId === undefined) throw new UserError(`cannot write ${dest}: the target has no uf2-family-id`);
      const elf = parseElf(new Uint8Array(fs.readFileSync(elfPath)), elfPath);
      writeFileAtomic(dest, makeUf2(elf, uf2FamilyId, elfPath), 0o644);
      return;
    }
    case 'hex':
    case 'bin': {
      const tmp = tempPathFor(dest);
      try {
        await runTool('llvm-objcopy', ['-O', format === 'hex' ? 'ihex' : 'binary', elfPath, tmp]);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw e;
      }
      commitTemp(tmp, dest, 0o644);
      return;
    }
    default:
      assertNever(format, 'output format');
  }
}
