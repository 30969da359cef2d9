// The schema of a target file (targets/*.json), validated with zod. A target file holds any subset of the fields;
// `inherits` names parent targets whose fields it extends (scalars override, lists append; see target.ts). Keys keep
// TinyGo's spellings where TinyGo has the same concept (`llvm-target`, `build-tags`, `default-stack-size`,
// `linker-script`, `flash-command`, `emulator`); tsgo's own additions are documented on each field.

import { z } from 'zod';

/** EmulatorKind names how `tsgo run` executes a program for a target. */
export type EmulatorKind = 'avr8js' | 'rp2040js' | 'qemu' | 'native';

/** FlashMethod names how `tsgo flash` puts a program on a board: a command template, or a copy to a USB mass-storage volume. */
export type FlashMethod = 'command' | 'msd';

/** targetFileSchema validates one target JSON file. Unknown keys are rejected, so a misspelt key is reported. */
export const targetFileSchema = z.strictObject({
  /** description: one line shown by `tsgo targets`. */
  description: z.string().optional(),
  /** inherits: parent targets, applied in order before this file. */
  inherits: z.array(z.string()).optional(),
  /** llvm-target: the LLVM target triple. */
  'llvm-target': z.string().optional(),
  /** cpu: the LLVM -mcpu value. */
  cpu: z.string().optional(),
  /** features: the LLVM -mattr value (comma separated, e.g. "+soft-float"). */
  features: z.string().optional(),
  /** data-layout: the LLVM data layout string codegen sets on the module. */
  'data-layout': z.string().optional(),
  /** build-tags: build constraints satisfied on this target, besides goos and goarch. */
  'build-tags': z.array(z.string()).optional(),
  /** goos / goarch: the GOOS and GOARCH the standard library is built for. */
  goos: z.string().optional(),
  goarch: z.string().optional(),
  /** ptr-size / int-size / max-align: Go type sizes (see compiler/types/sizes.ts). */
  'ptr-size': z.union([z.literal(2), z.literal(4), z.literal(8)]).optional(),
  'int-size': z.union([z.literal(4), z.literal(8)]).optional(),
  'max-align': z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)]).optional(),
  /** gc / scheduler: the default garbage collector and goroutine scheduler. */
  gc: z.enum(['leaking', 'conservative', 'none']).optional(),
  scheduler: z.enum(['none', 'tasks']).optional(),
  /** linker-script: ld.lld script, relative to the file that names it. */
  'linker-script': z.string().optional(),
  /** startup: assembly files (llvm-mc syntax) linked into every program, relative to the file that names them. */
  startup: z.array(z.string()).optional(),
  /**
   * libs: archives linked after the program. A path (relative to the file) that must exist; `optional:PATH`, linked
   * when it exists; or `libgcc:TRIPLE:MULTILIB`, which finds /usr/lib/gcc/TRIPLE/VERSION/MULTILIB/libgcc.a if that
   * cross compiler is installed (also optional).
   */
  libs: z.array(z.string()).optional(),
  /** ldflags: extra ld.lld flags. */
  ldflags: z.array(z.string()).optional(),
  /** default-stack-size: the stack size of a goroutine, in bytes. */
  'default-stack-size': z.number().int().nonnegative().optional(),
  /** stack-size: (tsgo) the main stack reserved at the top of RAM, in bytes (0: the OS provides it). */
  'stack-size': z.number().int().nonnegative().optional(),
  /** max-stack-alloc: (tsgo) the largest object escape analysis may move to the stack, in bytes. */
  'max-stack-alloc': z.number().int().nonnegative().optional(),
  /** max-stack-frame: the bytes heap-to-stack may add to one function's frame (for targets with tiny stacks). */
  'max-stack-frame': z.number().int().nonnegative().optional(),
  /** heap-size: (tsgo) the size of the heap region when it is not "the rest of RAM" (host), in bytes. */
  'heap-size': z.number().int().nonnegative().optional(),
  /** flash-size / ram-size: (tsgo) memory sizes for the size report and overflow checks, in bytes. */
  'flash-size': z.number().int().positive().optional(),
  'ram-size': z.number().int().positive().optional(),
  /** cpu-frequency: (tsgo) the clock the program assumes, in Hz (also the simulator's clock). */
  'cpu-frequency': z.number().int().positive().optional(),
  /** emulator: how `tsgo run` executes the program. */
  emulator: z.enum(['avr8js', 'rp2040js', 'qemu', 'native']).optional(),
  /** emulator-args: arguments for the emulator (qemu: everything before `-kernel FILE`). */
  'emulator-args': z.array(z.string()).optional(),
  /**
   * flash-method: how `tsgo flash` writes the program (TinyGo's key): "command" runs `flash-command`; "msd" copies the
   * UF2 image to the board's USB mass-storage boot volume (the RP2040's RPI-RP2). Default "command".
   */
  'flash-method': z.enum(['command', 'msd']).optional(),
  /** flash-command: command template for `tsgo flash`, with {port}, {hex}, {bin}, {uf2} and {elf}. */
  'flash-command': z.string().optional(),
  /**
   * msd-volume-name: (flash-method "msd") the boot volume's name or names, e.g. "RPI-RP2"; a mounted volume matches
   * when its directory name or the Board-ID in its INFO_UF2.TXT is one of them. TinyGo writes a list; both are accepted.
   */
  'msd-volume-name': z.union([z.string(), z.array(z.string())]).optional(),
  /** monitor-baudrate: (tsgo) the baud rate of the console UART, the default of `tsgo monitor -baudrate`. */
  'monitor-baudrate': z.number().int().positive().optional(),
  /**
   * uf2-family-id: the UF2 family ID written in every block of a `.uf2` output, as a hex string (RP2040: "0xe48bff56");
   * a target without it cannot write `.uf2` files.
   */
  'uf2-family-id': z.string().regex(/^0x[0-9a-fA-F]{1,8}$/, 'a hex number like "0xe48bff56"').optional(),
  /** serial: the default serial output of `println` ("uart", "none"). */
  serial: z.enum(['uart', 'usb', 'none']).optional(),
});

/** TargetFile is one parsed, validated target JSON file. */
export type TargetFile = z.infer<typeof targetFileSchema>;

/** TARGET_LIST_KEYS are the keys whose values append across `inherits`; every other key overrides. */
export const TARGET_LIST_KEYS = ['build-tags', 'startup', 'libs', 'ldflags', 'emulator-args'] as const;

/** formatZodIssues renders zod issues as `field: problem` lines for a message naming the file. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
      return `  ${field}: ${issue.message}`;
    })
    .join('\n');
}
