// Intel HEX reading (the format avrdude flashes, `-U flash:w:FILE:i`): each line is `:LLAAAATT<data>CC` — a byte
// count, a 16-bit address, a record type, the data and a two's-complement checksum of everything before it. Record
// types: 00 data, 01 end of file, 02 extended segment address (base = value × 16), 03 start segment address,
// 04 extended linear address (base = value << 16), 05 start linear address. parseIntelHex checks every checksum and
// that the file ends with exactly one EOF record, and returns the bytes by address; the tests compare them with the
// ELF's flash image to prove that what `tsgo flash` hands avrdude is the program.

/** IntelHexRecord is one line of an Intel HEX file. */
export interface IntelHexRecord {
  /** type is the record type: 0 data, 1 EOF, 2 segment base, 3 start segment, 4 linear base, 5 start linear. */
  type: number;
  /** address is the record's 16-bit address field. */
  address: number;
  data: Uint8Array;
}

/** IntelHexImage is a parsed Intel HEX file. */
export interface IntelHexImage {
  records: IntelHexRecord[];
  /** bytes maps each absolute address written by a data record to its byte. */
  bytes: Map<number, number>;
  /** start is the entry point from a type 3 or 5 record, if any. */
  start?: number;
}

/** IntelHexError is a malformed Intel HEX file; the message names the line. */
export class IntelHexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntelHexError';
  }
}

/** parseIntelHex parses and validates an Intel HEX file (checksums, lengths, record types, one final EOF record). */
export function parseIntelHex(text: string): IntelHexImage {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const records: IntelHexRecord[] = [];
  const bytes = new Map<number, number>();
  let base = 0;
  let start: number | undefined;
  let ended = false;
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (ended) throw new IntelHexError(`${where}: data after the end-of-file record`);
    if (!/^:([0-9A-Fa-f]{2})+$/.test(line)) throw new IntelHexError(`${where}: not a record: ${JSON.stringify(line)}`);
    const raw = Uint8Array.from(line.slice(1).match(/../g)!, (h) => parseInt(h, 16));
    if (raw.length < 5 || raw.length !== raw[0]! + 5) throw new IntelHexError(`${where}: byte count ${raw[0]} does not match the record length`);
    const sum = raw.reduce((a, b) => (a + b) & 0xff, 0);
    if (sum !== 0) throw new IntelHexError(`${where}: bad checksum`);
    const address = (raw[1]! << 8) | raw[2]!;
    const type = raw[3]!;
    const data = raw.subarray(4, raw.length - 1);
    const value = (): number => data.reduce((a, b) => a * 256 + b, 0);
    switch (type) {
      case 0:
        data.forEach((b, k) => bytes.set(base + address + k, b));
        break;
      case 1:
        if (data.length !== 0) throw new IntelHexError(`${where}: end-of-file record with data`);
        ended = true;
        break;
      case 2:
      case 4:
        if (data.length !== 2) throw new IntelHexError(`${where}: address record of ${data.length} bytes`);
        base = type === 2 ? value() * 16 : value() * 65536;
        break;
      case 3:
      case 5:
        if (data.length !== 4) throw new IntelHexError(`${where}: start address record of ${data.length} bytes`);
        start = type === 5 ? value() : ((data[0]! << 8) | data[1]!) * 16 + ((data[2]! << 8) | data[3]!);
        break;
      default:
        throw new IntelHexError(`${where}: unknown record type ${type}`);
    }
    records.push({ type, address, data });
  });
  if (!ended) throw new IntelHexError('missing end-of-file record');
  return { records, bytes, ...(start !== undefined ? { start } : {}) };
}

/** hexImageBytes returns the bytes from address 0 to the highest written address, 0xff (erased flash) in the gaps. */
export function hexImageBytes(image: IntelHexImage): Uint8Array {
  const end = image.bytes.size === 0 ? 0 : Math.max(...image.bytes.keys()) + 1;
  const out = new Uint8Array(end).fill(0xff);
  for (const [addr, b] of image.bytes) out[addr] = b;
  return out;
}
