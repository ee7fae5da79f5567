/**
 * The ids of a corpus's events by position, kept as their ASCII bytes (ids are slugs: a-z, 0-9
 * and hyphens) rather than as a string each: a million ids are 12-30 MB of bytes, against a
 * million strings and a Map that the page's garbage collector would walk on every full
 * collection. An id is made into a string when a view asks for it (a drawn mark, a link), and an
 * id is found by a hash table of positions, made on first use.
 */
export class EventIds {
  // Made on first use; null when two events share an id.
  private table: Int32Array | null | undefined;

  /** Event i's id is bytes[offsets[i] .. offsets[i + 1]). */
  constructor(
    readonly bytes: Uint8Array,
    readonly offsets: Uint32Array,
  ) {}

  get count(): number {
    return this.offsets.length - 1;
  }

  /** The id of the event at `position`. */
  at(position: number): string {
    const from = this.offsets[position]!;
    const to = this.offsets[position + 1]!;
    return String.fromCharCode.apply(null, this.bytes.subarray(from, to) as unknown as number[]);
  }

  /** The position of the event with this id, or undefined. */
  positionOf(id: string): number | undefined {
    if (this.table === undefined) this.table = this.buildTable();
    const table = this.table;
    if (!table) return undefined;
    let hash = FNV_OFFSET;
    for (let k = 0; k < id.length; k++) {
      const code = id.charCodeAt(k);
      if (code > 0x7f) return undefined;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    const mask = table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const position = table[slot]! - 1;
      if (position < 0) return undefined;
      if (this.equals(position, id)) return position;
    }
  }

  /** True when an event has this id. */
  has(id: string): boolean {
    return this.positionOf(id) !== undefined;
  }

  /**
   * True when every id is a slug (a-z and 0-9 in runs joined by single hyphens) and no two are
   * the same. Makes the table of positions, which finding an id needs anyway.
   */
  areValid(): boolean {
    const { bytes, offsets } = this;
    for (let i = 0; i < this.count; i++) {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      if (to <= from || to > bytes.length) return false;
      let previous = HYPHEN;
      for (let k = from; k < to; k++) {
        const b = bytes[k]!;
        if (b === HYPHEN) {
          if (previous === HYPHEN) return false;
        } else if (!((b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39))) return false;
        previous = b;
      }
      if (previous === HYPHEN) return false;
    }
    this.table = this.buildTable();
    return this.table !== null;
  }

  /** Compares two ids in code unit order, as compareEvents does. */
  compare(a: number, b: number): number {
    const { bytes, offsets } = this;
    const aTo = offsets[a + 1]!;
    const bTo = offsets[b + 1]!;
    for (let i = offsets[a]!, j = offsets[b]!; ; i++, j++) {
      if (i === aTo) return j === bTo ? 0 : -1;
      if (j === bTo) return 1;
      const d = bytes[i]! - bytes[j]!;
      if (d !== 0) return d;
    }
  }

  // The hash table: slot s holds 1 + a position, or 0 when free; at most half full. Null when two
  // events share an id.
  private buildTable(): Int32Array | null {
    const n = this.count;
    let size = 1024;
    while (size < n * 2) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    const { bytes, offsets } = this;
    for (let i = 0; i < n; i++) {
      let hash = FNV_OFFSET;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) hash = Math.imul(hash ^ bytes[k]!, FNV_PRIME);
      let slot = hash & mask;
      for (; table[slot] !== 0; slot = (slot + 1) & mask) if (this.compare(table[slot]! - 1, i) === 0) return null;
      table[slot] = i + 1;
    }
    return table;
  }

  private equals(position: number, id: string): boolean {
    const from = this.offsets[position]!;
    if (this.offsets[position + 1]! - from !== id.length) return false;
    for (let k = 0; k < id.length; k++) if (this.bytes[from + k] !== id.charCodeAt(k)) return false;
    return true;
  }
}

const HYPHEN = 0x2d;
// FNV-1a over the id's bytes (code units, all ASCII).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
