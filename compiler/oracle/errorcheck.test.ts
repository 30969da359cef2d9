// The GOROOT/test sweep on a fixed sample (every 8th file of test/ and test/fixedbugs): the share of expected
// `// ERROR` errors tsgo reports on the right line with a matching message must stay at or above the measured level,
// and the valid programs of the sample must check without errors (known gaps listed by name).

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectations, sweep, TEST_DIR } from './errorcheck.ts';

describe('errorcheck expectations', () => {
  it('parses quoted and backquoted regexps, several per line', () => {
    const e = expectations('x := 1 // ERROR "declared and not used|unused" "second"\ny // ERROR `a\\.b`\n');
    expect(e.map((x) => [x.line, x.text])).toEqual([[1, 'declared and not used|unused'], [1, 'second'], [2, 'a\\.b']]);
    expect(e[2]!.re.test('a.b')).toBe(true);
  });

  it('replaces LINE, LINE+n and LINE-n with the file name and line, as gc\'s test driver does', () => {
    const e = expectations('\n\tgoto L // ERROR "jumps over declaration of x at LINE+1|other" "at LINE-1"\n', '/t/goto.go');
    expect(e.map((x) => x.text)).toEqual(['jumps over declaration of x at goto.go:3|other', 'at goto.go:1']);
  });
});

describe.runIf(existsSync(TEST_DIR))('GOROOT/test errorcheck sample', () => {
  let n = 0;
  const r = sweep(['.', 'fixedbugs'], () => n++ % 8 === 0);
  it('reports most expected errors on the right line with gc-compatible messages', () => {
    expect(r.errorcheckFiles).toBeGreaterThan(40);
    // Measured on this sample: 87.4% matched, 90.5% on the right line (the full sweep: 88.4% and 94.7%).
    expect(r.matched / r.expected).toBeGreaterThan(0.86);
    expect(r.onLine / r.expected).toBeGreaterThan(0.89);
  });
  it('reports no errors in valid programs', () => {
    expect(r.falseErrors).toEqual([]);
  });
});
