// DiagnosticSink's printed order and thinning, as gc prints errors: sorted by position, one syntax error per line,
// repeated messages on one line once, different messages on one line all, at most `limit`.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from './diag.ts';
import { FileSet } from './syntax/source.ts';

describe('DiagnosticSink.sorted', () => {
  const fset = new FileSet();
  const f = fset.addFile('/w/a.go', new TextEncoder().encode('line one\nline two\nline three\n'));
  const at = (line: number, col: number): number => f.pos([0, 9, 18][line - 1]! + col - 1);

  it('sorts by position and thins each line as gc does', () => {
    const sink = new DiagnosticSink(fset);
    sink.error(at(3, 1), 'later line');
    sink.error(at(1, 6), 'syntax error: unexpected one');
    sink.error(at(1, 1), 'syntax error: unexpected line');
    sink.error(at(2, 1), 'declared and not used: k');
    sink.error(at(2, 6), 'declared and not used: v');
    sink.error(at(2, 8), 'declared and not used: v');
    const shown = sink.sorted(0).map((d) => sink.format(d, '/w'));
    expect(shown).toEqual([
      'a.go:1:1: syntax error: unexpected line',
      'a.go:2:1: declared and not used: k',
      'a.go:2:6: declared and not used: v',
      'a.go:3:1: later line',
    ]);
    expect(sink.sorted(2)).toHaveLength(2);
  });

  it('shows file names inside messages relative to the working directory, as the position', () => {
    const sink = new DiagnosticSink(fset);
    sink.error(at(2, 1), 'x redeclared in this block\n\t/w/a.go:1:1: other declaration of x');
    expect(sink.format(sink.list[0]!, '/w')).toBe('a.go:2:1: x redeclared in this block\n\ta.go:1:1: other declaration of x');
    expect(sink.format(sink.list[0]!, '/elsewhere')).toBe('/w/a.go:2:1: x redeclared in this block\n\t/w/a.go:1:1: other declaration of x');
    expect(sink.format(sink.list[0]!, '/')).toBe('w/a.go:2:1: x redeclared in this block\n\tw/a.go:1:1: other declaration of x');
    const infer = new DiagnosticSink(fset);
    infer.error(at(1, 1), 'cannot infer T (/w/a.go:3:8)');
    expect(infer.format(infer.list[0]!, '/w')).toBe('a.go:1:1: cannot infer T (a.go:3:8)');
  });
});
