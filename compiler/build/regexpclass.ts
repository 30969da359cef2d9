// Character classes for the RE2 → JavaScript regexp translation (regexp.ts). A class is built item by item as Go's
// regexp/syntax builds it — explicit ranges (case-folded as they are added under (?i)), Perl classes (\d \s \w), POSIX
// classes ([:alpha:]) and Unicode tables (\pL, \p{Greek}) — and emitted as a JavaScript class in `v` mode, where
// nested classes and set difference let a folded, negated Unicode table be written without Go's tables: Go's
// `(?i)\P{Lu}` is everything outside Lu and the characters that fold into it, `[[^\p{Lu}]--[extra]]`.
//
// Go's tables are Unicode 13.0.0 (Go 1.19) and JavaScript's are its engine's (newer): a category or script matches
// the same assigned characters except those added to Unicode since. Folding always uses Go's orbits (regexpfold.ts).

import { foldOrbit, foldOrbits } from './regexpfold.ts';

/** MAX_RUNE is the largest code point (Go's unicode.MaxRune). */
export const MAX_RUNE = 0x10ffff;

/** Ranges is a set of code points as flattened inclusive ranges `[lo0, hi0, lo1, hi1, ...]`. */
export type Ranges = number[];

/** cleanRanges sorts ranges and merges the overlapping and adjacent ones (Go's cleanClass). */
export function cleanRanges(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i]!, r[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** negateRanges returns the complement of clean ranges within [0, MAX_RUNE]. */
export function negateRanges(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (next <= r[i]! - 1) out.push(next, r[i]! - 1);
    next = r[i + 1]! + 1;
  }
  if (next <= MAX_RUNE) out.push(next, MAX_RUNE);
  return out;
}

function contains(r: Ranges, c: number): boolean {
  let lo = 0;
  let hi = r.length / 2;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (c < r[2 * m]!) hi = m;
    else if (c > r[2 * m + 1]!) lo = m + 1;
    else return true;
  }
  return false;
}

/** foldRanges adds to clean ranges every character that folds to one of them (Go's appendFoldedRange). */
export function foldRanges(r: Ranges): Ranges {
  const out = [...r];
  for (const orbit of foldOrbits()) {
    if (orbit.some((c) => contains(r, c))) for (const c of orbit) out.push(c, c);
  }
  return cleanRanges(out);
}

/** CharGroup is one of Go's predefined ASCII classes: its ranges, negated or not. */
interface CharGroup {
  negated: boolean;
  ranges: Ranges;
}

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const PERL_SPACE: Ranges = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20];

/** PERL_GROUPS are `\d \D \s \S \w \W` (Go's perl_groups.go: ASCII only). */
export const PERL_GROUPS: ReadonlyMap<string, CharGroup> = new Map([
  ['\\d', { negated: false, ranges: DIGIT }],
  ['\\D', { negated: true, ranges: DIGIT }],
  ['\\s', { negated: false, ranges: PERL_SPACE }],
  ['\\S', { negated: true, ranges: PERL_SPACE }],
  ['\\w', { negated: false, ranges: WORD }],
  ['\\W', { negated: true, ranges: WORD }],
]);

const POSIX_CLASSES: Record<string, Ranges> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: DIGIT,
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: WORD,
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/** POSIX_GROUPS are `[:alpha:]` and `[:^alpha:]` and the other POSIX classes RE2 accepts inside brackets. */
export const POSIX_GROUPS: ReadonlyMap<string, CharGroup> = new Map(
  Object.entries(POSIX_CLASSES).flatMap(([name, ranges]): [string, CharGroup][] => [
    [`[:${name}:]`, { negated: false, ranges }],
    [`[:^${name}:]`, { negated: true, ranges }],
  ]),
);

/** GO_CATEGORIES are the general categories of Go 1.19's unicode.Categories (no Cn, no LC). */
export const GO_CATEGORIES: ReadonlySet<string> = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

/** GO_SCRIPTS are the names of Go 1.19's unicode.Scripts (Unicode 13.0.0), the only script names RE2 accepts. */
export const GO_SCRIPTS: ReadonlySet<string> = new Set(
  ('Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki ' +
    'Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee ' +
    'Chorasmian Common Coptic Cuneiform Cypriot Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan ' +
    'Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi ' +
    'Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited ' +
    'Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kayah_Li Kharoshthi ' +
    'Khitan_Small_Script Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian ' +
    'Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui ' +
    'Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nandinagari ' +
    'New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic Old_North_Arabian ' +
    'Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Oriya Osage Osmanya Pahawh_Hmong Palmyrene ' +
    'Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham ' +
    'SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le ' +
    'Tai_Tham Tai_Viet Takri Tamil Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Ugaritic Vai Wancho ' +
    'Warang_Citi Yezidi Yi Zanabazar_Square'
  ).split(' '),
);

/**
 * unicodeTable returns the JavaScript class operand for a table name RE2 accepts after \p (Go's unicodeTable: `Any`,
 * a category, a script), or undefined. Go's C is Cc, Cf, Co and Cs, without JavaScript's unassigned Cn.
 */
export function unicodeTable(name: string): string | undefined {
  if (name === 'Any') return '\\p{Any}';
  if (name === 'C') return '\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}';
  if (GO_CATEGORIES.has(name)) return `\\p{${name}}`;
  if (GO_SCRIPTS.has(name)) return `\\p{Script=${name}}`;
  return undefined;
}

const foldExtras = new Map<string, Ranges>();

/**
 * tableFoldExtra returns the characters outside a table that fold into it (Go's unicode.FoldCategory and FoldScript,
 * computed from the orbits: the members outside the table of every orbit that meets it).
 */
export function tableFoldExtra(operand: string): Ranges {
  let extra = foldExtras.get(operand);
  if (extra) return extra;
  const inTable = new RegExp(`^[${operand}]$`, 'v');
  extra = [];
  for (const orbit of foldOrbits()) {
    const members = orbit.map((c) => inTable.test(String.fromCodePoint(c)));
    if (members.some(Boolean) && !members.every(Boolean)) orbit.forEach((c, i) => members[i] || extra!.push(c, c));
  }
  extra = cleanRanges(extra);
  foldExtras.set(operand, extra);
  return extra;
}

/** TableItem is a Unicode table in a class: its JavaScript operand, whether negated, and what folding adds to it. */
interface TableItem {
  operand: string;
  negated: boolean;
  extra: Ranges;
}

/** CharClass accumulates the items of one RE2 class, or of one class escape such as \pL or \d, as their union. */
export class CharClass {
  private ranges: Ranges = [];
  private readonly tables: TableItem[] = [];

  /** addRange adds lo-hi, and under fold every character that folds to one in it. */
  addRange(lo: number, hi: number, fold: boolean): void {
    this.ranges.push(...(fold ? foldRanges([lo, hi]) : [lo, hi]));
  }

  /** addGroup adds a Perl or POSIX class: folded first under fold, then negated (Go's appendGroup). */
  addGroup(g: CharGroup, fold: boolean): void {
    const r = fold ? foldRanges(g.ranges) : g.ranges;
    this.ranges.push(...(g.negated ? negateRanges(r) : r));
  }

  /** addTable adds a Unicode table (operand from unicodeTable): folded first under fold, then negated. */
  addTable(operand: string, negated: boolean, fold: boolean): void {
    this.tables.push({ operand, negated, extra: fold ? tableFoldExtra(operand) : [] });
  }

  /** emit renders the class (its complement when negated) as a JavaScript `v`-mode class. */
  emit(negated: boolean): string {
    let ranges = this.ranges;
    const parts: string[] = [];
    for (const t of this.tables) {
      if (!t.negated) {
        parts.push(t.operand);
        ranges = ranges.concat(t.extra);
      } else if (t.extra.length === 0) {
        parts.push(`[^${t.operand}]`);
      } else {
        parts.push(`[[^${t.operand}]--[${emitRanges(t.extra)}]]`);
      }
    }
    return `[${negated ? '^' : ''}${emitRanges(cleanRanges(ranges))}${parts.join('')}]`;
  }
}

function emitRanges(r: Ranges): string {
  let s = '';
  for (let i = 0; i < r.length; i += 2) {
    const lo = r[i]!;
    const hi = r[i + 1]!;
    s += escapeInClass(lo);
    if (hi > lo) s += (hi > lo + 1 ? '-' : '') + escapeInClass(hi);
  }
  return s;
}

/** emitLiteral renders one character, under fold as the class of its orbit. */
export function emitLiteral(c: number, fold: boolean): string {
  const orbit = fold ? foldOrbit(c) : undefined;
  return orbit ? `[${orbit.map(escapeInClass).join('')}]` : escapeOutsideClass(c);
}

const SYNTAX = new Set('^$\\.*+?()[]{}|/');

/** escapeOutsideClass spells a character outside a class: raw when printable ASCII and not syntax. */
function escapeOutsideClass(c: number): string {
  const ch = String.fromCodePoint(c);
  if (SYNTAX.has(ch)) return '\\' + ch;
  return c >= 0x20 && c < 0x7f ? ch : `\\u{${c.toString(16)}}`;
}

/** escapeInClass spells a character inside a `v`-mode class, where most ASCII punctuation is reserved. */
function escapeInClass(c: number): string {
  const ch = String.fromCodePoint(c);
  if (/^[A-Za-z0-9_"' ]$/.test(ch)) return ch;
  return c > 0x20 && c < 0x7f ? '\\' + ch : `\\u{${c.toString(16)}}`;
}
