// Go-style flags for commander: tsgo accepts `-target=arduino`, `-target arduino`, `--target=arduino` and
// `--target arduino` alike, as Go's flag package does. normalizeArgs rewrites the single-dash long forms into the
// double-dash forms commander understands, before commander sees them.

/** LONG_FLAGS are the long flag names tsgo knows (single-letter flags like -o stay short). */
export const LONG_FLAGS = new Set([
  'target',
  'opt',
  'print-allocs',
  'size',
  'tags',
  'gc',
  'scheduler',
  'stack-size',
  'print-stacks',
  'dump-ssa',
  'dump-ll',
  'timeout',
  'sim-time',
  'trace-pins',
  'vcd',
  'port',
  'programmer',
  'baudrate',
  'work',
  'no-overlays',
  'syntax-only',
  'dump',
  'verbose',
  'run',
  'short',
  'bench',
  'benchtime',
]);

/** normalizeArgs maps `-name[=value]` for every known long flag to `--name[=value]`, and leaves the rest alone. */
export function normalizeArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const m = /^-([a-z][a-z0-9-]*)(=.*)?$/.exec(a);
    if (m && LONG_FLAGS.has(m[1]!)) {
      out.push('--' + m[1] + (m[2] ?? ''));
      continue;
    }
    const o = /^--?o=(.*)$/.exec(a);
    if (o) {
      out.push('-o', o[1]!);
      continue;
    }
    out.push(a);
  }
  return out;
}
