// Go's duration syntax for flags such as -sim-time: a sequence of decimal numbers, each with an optional fraction and
// a unit (`ns`, `us` or `µs`, `ms`, `s`, `m`, `h`), as time.ParseDuration reads them: `1.5s`, `2m30s`, `500ms`.

const UNITS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** parseDuration returns the nanoseconds `text` denotes, or undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    total += Number(m[1]) * UNITS[m[2]!]!;
    at = re.lastIndex;
  }
  return at > 0 ? Math.round(total) : undefined;
}
