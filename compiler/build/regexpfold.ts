// Go's case folding for regular expressions: under (?i), RE2 (Go's regexp/syntax) lets a character match every member
// of its orbit under unicode.SimpleFold — the characters with the same simple case folding, such as k, K and the
// Kelvin sign U+212A. This file holds those orbits as Go 1.19 (Unicode 13.0.0) defines them, so that translated
// patterns fold exactly as Go's do whatever Unicode version the JavaScript engine has. regexp.test.ts re-derives the
// table from gc's unicode.SimpleFold when `go` is installed (and rewrites it under UPDATE_GOLDEN=1).
//
// Encoding of ORBIT_DATA, space-separated tokens of hexadecimal code points:
//   `a,b,c`       one orbit of three or more members;
//   `a+d`         the orbit {a, a+d};
//   `a+d*n`       n such orbits {a+k, a+k+d} for k = 0..n-1 (n decimal);
//   `a+d*n/s`     n orbits {a+k·s, a+k·s+d}, stride s (decimal).

/** ORBIT_DATA is the encoded table of Go 1.19's case-folding orbits (see the file comment). */
export const ORBIT_DATA =
  '41+20*10 4b,6b,212a 4c+20*7 53,73,17f 54+20*7 b5,39c,3bc c0+20*5 c5,e5,212b c6+20*17 d8+20*7 df+1dbf ' +
  'ff+79 100+1*24/2 132+1*3/2 139+1*8/2 14a+1*23/2 179+1*3/2 180+c3 181+d2 182+1*2/2 186+ce 187+1 189+cd*2 ' +
  '18b+1 18e+4f 18f+ca 190+cb 191+1 193+cd 194+cf 195+61 196+d3 197+d1 198+1 19a+a3 19c+d3 19d+d5 19e+82 ' +
  '19f+d6 1a0+1*3/2 1a6+da 1a7+1 1a9+da 1ac+1 1ae+da 1af+1 1b1+d9*2 1b3+1*2/2 1b7+db 1b8+1 1bc+1 1bf+38 ' +
  '1c4,1c5,1c6 1c7,1c8,1c9 1ca,1cb,1cc 1cd+1*8/2 1de+1*9/2 1f1,1f2,1f3 1f4+1 1f8+1*20/2 222+1*9/2 23a+2a2b ' +
  '23b+1 23e+2a28 23f+2a3f*2 241+1 244+45 245+47 246+1*5/2 250+2a1f 251+2a1c 252+2a1e 25c+a54f 261+a54b ' +
  '265+a528 266+a544 26a+a544 26b+29f7 26c+a541 271+29fd 27d+29e7 282+a543 287+a52a 29d+a515 29e+a512 ' +
  '345,399,3b9,1fbe 370+1*2/2 376+1 37b+82*3 37f+74 386+26 388+25*3 38c+40 38e+3f*2 391+20 392,3b2,3d0 ' +
  '393+20*2 395,3b5,3f5 396+20*2 398,3b8,3d1,3f4 39a,3ba,3f0 39b+20*2/2 39e+20*2 3a0,3c0,3d6 3a1,3c1,3f1 ' +
  '3a3,3c2,3c3 3a4+20*2 3a6,3c6,3d5 3a7+20*2 3a9,3c9,2126 3aa+20*2 3cf+8 3d8+1*12/2 3f2+7 3f7+1 3fa+1 ' +
  '400+50*16 410+20*2 412,432,1c80 413+20 414,434,1c81 415+20*9 41e,43e,1c82 41f+20*2 421,441,1c83 ' +
  '422,442,1c84,1c85 423+20*7 42a,44a,1c86 42b+20*5 460+1 462,463,1c87 464+1*15/2 48a+1*27/2 4c0+f ' +
  '4c1+1*7/2 4d0+1*48/2 531+30*38 10a0+1c60*38 10c7+1c60 10cd+1c60 10d0+bc0*43 10fd+bc0*3 13a0+97d0*80 ' +
  '13f0+8*6 1c88,a64a,a64b 1d79+8a04 1d7d+ee6 1d8e+8a38 1e00+1*48/2 1e60,1e61,1e9b 1e62+1*26/2 1ea0+1*48/2 ' +
  '1f00+8*8 1f10+8*6 1f20+8*8 1f30+8*8 1f40+8*6 1f51+8*4/2 1f60+8*8 1f70+4a*2 1f72+56*4 1f76+64*2 1f78+80*2 ' +
  '1f7a+70*2 1f7c+7e*2 1f80+8*8 1f90+8*8 1fa0+8*8 1fb0+8*2 1fb3+9 1fc3+9 1fd0+8*2 1fe0+8*2 1fe5+7 1ff3+9 ' +
  '2132+1c 2160+10*16 2183+1 24b6+1a*26 2c00+30*47 2c60+1 2c67+1*3/2 2c72+1 2c75+1 2c80+1*50/2 2ceb+1*2/2 ' +
  '2cf2+1 a640+1*5/2 a64c+1*17/2 a680+1*14/2 a722+1*7/2 a732+1*31/2 a779+1*2/2 a77e+1*5/2 a78b+1 a790+1*2/2 ' +
  'a794+30 a796+1*10/2 a7b3+3a0 a7b4+1*6/2 a7c2+1 a7c7+1*2/2 a7f5+1 ff21+20*26 10400+28*40 104b0+28*36 ' +
  '10c80+40*51 118a0+20*32 16e40+20*32 1e900+22*34';

let orbitsByRune: Map<number, readonly number[]> | undefined;
let orbitList: (readonly number[])[] | undefined;

/** decodeOrbits expands ORBIT_DATA-encoded text into its orbits, each sorted ascending. */
export function decodeOrbits(data: string): number[][] {
  const out: number[][] = [];
  for (const tok of data.split(' ').filter(Boolean)) {
    if (tok.includes(',')) {
      out.push(tok.split(',').map((h) => parseInt(h, 16)));
      continue;
    }
    const m = /^([0-9a-f]+)\+([0-9a-f]+)(?:\*(\d+)(?:\/(\d+))?)?$/.exec(tok);
    if (!m) throw new Error(`bad orbit token ${tok}`);
    const start = parseInt(m[1]!, 16);
    const delta = parseInt(m[2]!, 16);
    const count = m[3] ? Number(m[3]) : 1;
    const stride = m[4] ? Number(m[4]) : 1;
    for (let k = 0; k < count; k++) out.push([start + k * stride, start + k * stride + delta]);
  }
  return out;
}

/** foldOrbits returns every orbit of two or more characters (decoded once). */
export function foldOrbits(): readonly (readonly number[])[] {
  orbitList ??= decodeOrbits(ORBIT_DATA);
  return orbitList;
}

/** foldOrbit returns the orbit of c, sorted ascending, or undefined when c folds only to itself. */
export function foldOrbit(c: number): readonly number[] | undefined {
  if (!orbitsByRune) {
    orbitsByRune = new Map();
    for (const o of foldOrbits()) for (const r of o) orbitsByRune.set(r, o);
  }
  return orbitsByRune.get(c);
}
