// Source files and positions. A Pos is one number for a byte in any file of a FileSet, as go/token does it: each file
// gets a base, and pos = base + byte offset. Pos 0 (NoPos) means "no position". Lines and columns are 1-based, columns
// count bytes (a tab is one column), exactly as gc reports them.

/** Pos is a byte position in a FileSet; NoPos (0) is unknown. */
export type Pos = number;

/** NoPos is the zero Pos: no position known. */
export const NoPos: Pos = 0;

/** Position is a Pos resolved to a file name, 1-based line and 1-based byte column. */
export interface Position {
  filename: string;
  line: number;
  column: number;
  offset: number;
}

/** SourceFile is one file's bytes and its line table. `base` is the Pos of its first byte. */
export class SourceFile {
  /** lineStarts[i] is the byte offset of line i+1. */
  private readonly lineStarts: number[] = [0];
  /** lineInfos are the line directives in offset order (undefined while there are none). */
  private lineInfos: { offset: number; filename: string; line: number; column: number }[] | undefined;

  constructor(
    readonly name: string,
    readonly base: Pos,
    readonly bytes: Uint8Array,
  ) {
    const starts = this.lineStarts;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view: Buffer's indexOf is memchr
    for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) starts.push(i + 1);
  }

  /** size is the number of bytes in the file. */
  get size(): number {
    return this.bytes.length;
  }

  /** pos returns the Pos of a byte offset in this file. */
  pos(offset: number): Pos {
    return this.base + offset;
  }

  /** offset returns the byte offset of a Pos in this file. */
  offset(p: Pos): number {
    return p - this.base;
  }

  /** position resolves a byte offset to line and column. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { filename: this.name, line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset };
  }

  /**
   * addLineInfo records a line directive (`//line file:line[:col]`, its block-comment form) taking effect at byte `offset`:
   * from there on, adjusted positions report `filename` and lines counted from `line` (column 0 = unknown), as
   * go/token's AddLineColumnInfo. Directives must come in increasing offset order; others are ignored.
   */
  addLineInfo(offset: number, filename: string, line: number, column: number): void {
    const infos = (this.lineInfos ??= []);
    const last = infos[infos.length - 1];
    if (last && offset <= last.offset) return;
    infos.push({ offset, filename, line, column });
  }

  /** adjustedPosition resolves a byte offset honouring line directives (gc's and go/token's adjusted position). */
  adjustedPosition(offset: number): Position {
    const p = this.position(offset);
    const infos = this.lineInfos;
    if (!infos) return p;
    let i = infos.length - 1;
    while (i >= 0 && infos[i]!.offset > offset) i--;
    if (i < 0) return p;
    const alt = infos[i]!;
    const d = p.line - this.position(alt.offset).line;
    const column = alt.column === 0 ? 0 : d === 0 ? alt.column + (offset - alt.offset) : p.column;
    return { filename: alt.filename, line: alt.line + d, column, offset };
  }

  /** lineCount is the number of lines (a final line without newline counts). */
  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** FileSet hands out bases to files and resolves any Pos back to its file. */
export class FileSet {
  private readonly files: SourceFile[] = [];
  private nextBase = 1;

  /** addFile registers a file's bytes and returns it with a fresh base. */
  addFile(name: string, bytes: Uint8Array): SourceFile {
    const f = new SourceFile(name, this.nextBase, bytes);
    this.nextBase += bytes.length + 1; // +1 so that the EOF position is still inside the file
    this.files.push(f);
    return f;
  }

  /** file returns the file that holds p, or undefined for NoPos or a foreign position. */
  file(p: Pos): SourceFile | undefined {
    if (p <= 0) return undefined;
    let lo = 0;
    let hi = this.files.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = this.files[mid]!;
      if (p < f.base) hi = mid - 1;
      else if (p > f.base + f.size) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  /** adjustedPosition resolves p honouring line directives (what gc prints); NoPos as in position. */
  adjustedPosition(p: Pos): Position {
    const f = this.file(p);
    if (!f) return { filename: '', line: 0, column: 0, offset: 0 };
    return f.adjustedPosition(f.offset(p));
  }

  /** position resolves p; NoPos resolves to an empty file name and line 0. */
  position(p: Pos): Position {
    const f = this.file(p);
    if (!f) return { filename: '', line: 0, column: 0, offset: 0 };
    return f.position(f.offset(p));
  }
}
