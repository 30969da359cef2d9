// Tests for the placement of compiler directives (directives.ts): each case lists the lines gc 1.19 reports as
// `misplaced compiler directive` (checked by hand against `go build`, and by the GOROOT/test sweep on directive.go and
// directive2.go).

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';

function misplaced(src: string): number[] {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  parseFile(fset, 'a.go', new TextEncoder().encode(src), sink);
  return sink.list.map((d) => {
    expect(d.message).toBe('misplaced compiler directive');
    return fset.position(d.pos).line;
  });
}

describe('compiler directive placement', () => {
  it('accepts directives attached to what takes them', () => {
    expect(misplaced(`//go:build !ignore

package main

//go:nosplit
//go:noinline
func f() {}

//go:notinheap
type T int

//go:linkname g runtime.g
var x int

func main() {
	//go:notinheap
	type L int
}
`)).toEqual([]);
  });

  it('reports directives that nothing takes, in gc\'s places', () => {
    expect(misplaced(`//go:noinline
package main

//go:build bad

//go:noinline
var x int

//go:notinheap
type (
	//go:notinheap
	T int
	//go:noinline
	U int
)

//go:notinheap
type A = int

func g() {} //go:noinline

func f() {
	//go:noinline
	x := 1
	_ = x //go:noinline
}

//go:nosplit
`)).toEqual([1, 4, 6, 9, 13, 17, 20, 23, 25, 28]);
  });
});
