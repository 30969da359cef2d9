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

import _ "unsafe"

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

/** diagnostics parses src and returns its diagnostics as `line:col: message`. */
function diagnostics(src: string): string[] {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  parseFile(fset, 'a.go', new TextEncoder().encode(src), sink);
  return sink.list.map((d) => {
    const p = fset.position(d.pos);
    return `${p.line}:${p.column}: ${d.message}`;
  });
}

describe('//go:embed placement (gc 1.19 noder, checked against go tool compile)', () => {
  it('accepts one typed, uninitialised package-level var in a file that imports "embed"', () => {
    expect(diagnostics(`package main

import _ "embed"

//go:embed a.txt "b c.txt" \`d.txt\`
//go:embed e/*.txt
var x string

var (
	//go:embed f.txt
	y []byte
)

func main() {}
`)).toEqual([]);
  });

  it('reports vars it cannot apply to and declarations that do not take it', () => {
    expect(diagnostics(`package main

import _ "embed"

//go:embed x.txt
var a, b string

//go:embed x.txt
var c string = "x"

//go:embed x.txt
//go:embed y.txt
var d = "x"

//go:embed x.txt
const g = 1

//go:embed x.txt
var (
	h string
)

func k() {
	//go:embed x.txt
	var s string
	//go:embed x.txt
	s = "a"
	//go:embed x.txt
}

//go:embed x.txt
type T int

//go:embed x.txt
func main() {}
`)).toEqual([
      '5:3: go:embed cannot apply to multiple vars',
      '8:3: go:embed cannot apply to var with initializer',
      '11:3: go:embed cannot apply to var with initializer',
      '15:3: misplaced go:embed directive',
      '18:3: misplaced go:embed directive',
      '24:4: go:embed cannot apply to var inside func',
      '26:4: misplaced go:embed directive',
      '28:4: misplaced go:embed directive',
      '31:3: misplaced go:embed directive',
      '34:3: misplaced go:embed directive',
    ]);
  });

  it('requires the file to import "embed" and well-formed patterns', () => {
    expect(diagnostics(`package main

//go:embed x.txt
var a string

//go:embed
var b string

//go:embed "y.txt
var c string

//go:embed "y\\q.txt"
var d string

//go:embed \`z.txt
var e string

//go:embed "a"b
var f string
`)).toEqual([
      '3:3: go:embed only allowed in Go files that import "embed"',
      '6:3: usage: //go:embed pattern...',
      '9:3: invalid quoted string in //go:embed: "y.txt',
      '9:3: usage: //go:embed pattern...',
      '12:3: invalid quoted string in //go:embed: "y\\q.txt"',
      '12:3: usage: //go:embed pattern...',
      '15:3: invalid quoted string in //go:embed: `z.txt',
      '15:3: usage: //go:embed pattern...',
      '18:3: invalid quoted string in //go:embed: b',
      '18:3: usage: //go:embed pattern...',
    ]);
  });

  it('checks //go:linkname as gc\'s noder: one or two arguments, in a file that imports "unsafe"', () => {
    const errors = (src: string): string[] => {
      const fset = new FileSet();
      const sink = new DiagnosticSink(fset);
      parseFile(fset, 'a.go', new TextEncoder().encode(src), sink);
      return sink.list.map((d) => `${fset.position(d.pos).line}:${fset.position(d.pos).column}: ${d.message}`);
    };
    expect(errors('package p\n\n//go:linkname f runtime.f\nfunc f()\n')).toEqual([
      '3:3: //go:linkname only allowed in Go files that import "unsafe"',
    ]);
    expect(errors('package p\n\nimport _ "unsafe"\n\n//go:linkname\nfunc f()\n//go:linkname a b c\nfunc g()\n')).toEqual([
      '5:3: usage: //go:linkname localname [linkname]',
      '7:3: usage: //go:linkname localname [linkname]',
    ]);
    expect(errors('package p\n\nimport _ "unsafe"\n\n//go:linkname f\nfunc f()\n//go:linkname g runtime.g\nfunc g()\n')).toEqual([]);
  });
});
