/**
 * A small, strict CBOR (RFC 8949) decoder for lock commands. It accepts only deterministic encoding
 * (§4.2.1): shortest-form heads, definite lengths, map keys in strictly increasing bytewise order. The
 * virtual lock must act only on the exact bytes that were signed, so leniency here would be a weakness.
 */

export type CborValue =
  | { kind: 'uint'; value: bigint }
  | { kind: 'nint'; value: bigint } // the integer itself, i.e. -1 - argument
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'text'; value: string }
  | { kind: 'array'; value: CborValue[] }
  | { kind: 'map'; value: [CborValue, CborValue][] }
  | { kind: 'tag'; tag: bigint; value: CborValue };

export class CborError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CborError';
  }
}

const MAX_DEPTH = 8;

/** Decodes exactly one item that must span all of `data`. */
export function decodeCbor(data: Uint8Array): CborValue {
  const reader = new Reader(data);
  const value = reader.item(0);
  if (reader.pos !== data.length) throw new CborError(`${data.length - reader.pos} trailing bytes`);
  return value;
}

class Reader {
  pos = 0;
  constructor(private readonly data: Uint8Array) {}

  private need(n: number): void {
    if (n < 0 || this.pos + n > this.data.length) throw new CborError('unexpected end of input');
  }

  /** Reads a head; returns major type and argument, enforcing shortest form. */
  private head(): { major: number; arg: bigint } {
    this.need(1);
    const initial = this.data[this.pos++]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (info < 24) return { major, arg: BigInt(info) };
    const sizes: Record<number, number> = { 24: 1, 25: 2, 26: 4, 27: 8 };
    const size = sizes[info];
    if (size === undefined) throw new CborError(`indefinite length or reserved additional info ${info}`);
    this.need(size);
    let arg = 0n;
    for (let i = 0; i < size; i++) arg = (arg << 8n) | BigInt(this.data[this.pos++]!);
    const smallest = size === 1 ? 24n : size === 2 ? 0x100n : size === 4 ? 0x1_0000n : 0x1_0000_0000n;
    if (arg < smallest) throw new CborError('integer or length not in shortest form');
    return { major, arg };
  }

  private length(arg: bigint): number {
    // A length can never exceed the bytes left; checking here also keeps it a safe JS number.
    if (arg > BigInt(this.data.length - this.pos)) throw new CborError('length runs past the end');
    return Number(arg);
  }

  item(depth: number): CborValue {
    if (depth > MAX_DEPTH) throw new CborError('nested too deeply');
    const { major, arg } = this.head();
    switch (major) {
      case 0:
        return { kind: 'uint', value: arg };
      case 1:
        return { kind: 'nint', value: -1n - arg };
      case 2: {
        const n = this.length(arg);
        const value = this.data.slice(this.pos, this.pos + n);
        this.pos += n;
        return { kind: 'bytes', value };
      }
      case 3: {
        const n = this.length(arg);
        const bytes = this.data.slice(this.pos, this.pos + n);
        this.pos += n;
        try {
          return { kind: 'text', value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
        } catch {
          throw new CborError('text is not valid UTF-8');
        }
      }
      case 4: {
        const n = this.length(arg);
        const value: CborValue[] = [];
        for (let i = 0; i < n; i++) value.push(this.item(depth + 1));
        return { kind: 'array', value };
      }
      case 5: {
        const n = this.length(arg);
        const value: [CborValue, CborValue][] = [];
        let previousKey: Uint8Array | null = null;
        for (let i = 0; i < n; i++) {
          const start = this.pos;
          const key = this.item(depth + 1);
          const encodedKey = this.data.subarray(start, this.pos);
          if (previousKey && compareBytes(previousKey, encodedKey) >= 0) {
            throw new CborError('map keys not in strictly increasing deterministic order');
          }
          previousKey = encodedKey;
          value.push([key, this.item(depth + 1)]);
        }
        return { kind: 'map', value };
      }
      case 6:
        return { kind: 'tag', tag: arg, value: this.item(depth + 1) };
      default:
        // Floats and simple values (false/true/null) have no place in a lock command.
        throw new CborError('floats and simple values are not accepted');
    }
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

// --- Minimal encoder: just what the Sig_structure needs (array head, text, byte strings). ---

function encodeHead(major: number, n: number): Uint8Array {
  if (n < 24) return Uint8Array.of((major << 5) | n);
  if (n < 0x100) return Uint8Array.of((major << 5) | 24, n);
  if (n < 0x10000) return Uint8Array.of((major << 5) | 25, n >> 8, n & 0xff);
  return Uint8Array.of((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export const encode = {
  bytes: (b: Uint8Array) => concatBytes(encodeHead(2, b.length), b),
  text: (s: string) => {
    const b = new TextEncoder().encode(s);
    return concatBytes(encodeHead(3, b.length), b);
  },
  array: (...items: Uint8Array[]) => concatBytes(encodeHead(4, items.length), ...items),
};

// --- Accessors that turn shape mismatches into CborError. ---

export function asInt(v: CborValue | undefined): bigint {
  if (v?.kind === 'uint' || v?.kind === 'nint') return v.value;
  throw new CborError('expected an integer');
}

export function asBytes(v: CborValue | undefined): Uint8Array {
  if (v?.kind === 'bytes') return v.value;
  throw new CborError('expected a byte string');
}
