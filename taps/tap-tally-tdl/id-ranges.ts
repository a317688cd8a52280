// A set of integer ids kept as sorted, merged [first, last] ranges. Tally MasterIDs are dense, so the live-id
// set of a company's books (kept in Singer state between deletion sweeps) is a handful of ranges, not a list.

export type Ranges = Array<[number, number]>;

export class IdRanges {
  private ranges: Ranges = [];
  private stray: number[] = [];

  static from(r: unknown): IdRanges {
    const s = new IdRanges();
    if (Array.isArray(r))
      s.ranges = IdRanges.merge(
        // a pair that is not two whole numbers (an older run's [null, null]) is no id at all
        r
          .filter((x) => Array.isArray(x) && x.length === 2 && Number.isSafeInteger(x[0]) && Number.isSafeInteger(x[1]))
          .map((x): [number, number] => [Number(x[0]), Number(x[1])]),
      );
    return s;
  }

  add(id: number): void {
    if (!Number.isSafeInteger(id)) throw new RangeError(`not an id: ${String(id)}`);
    const last = this.ranges[this.ranges.length - 1];
    if (last && id === last[1] + 1) last[1] = id;
    else if (!last || id > last[1] + 1) this.ranges.push([id, id]);
    else if (id < last[0]) this.stray.push(id); // out of order: merged on read
  }

  /** Sort and merge overlapping or adjacent ranges. */
  private static merge(ranges: Ranges): Ranges {
    const merged: Ranges = [];
    for (const r of [...ranges].sort((x, y) => x[0] - y[0])) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }

  /** Sorted, merged ranges. */
  toJSON(): Ranges {
    if (this.stray.length) {
      this.ranges = IdRanges.merge([...this.ranges, ...this.stray.map((i): [number, number] => [i, i])]);
      this.stray = [];
    }
    return this.ranges;
  }

  union(other: IdRanges): IdRanges {
    const u = new IdRanges();
    u.ranges = IdRanges.merge([...this.toJSON(), ...other.toJSON()]);
    return u;
  }

  /** Ids in this set and not in `other`, ascending. */
  *minus(other: IdRanges): Generator<number> {
    const b = other.toJSON();
    let j = 0;
    for (const [lo, hi] of this.toJSON()) {
      for (let id = lo; id <= hi; id++) {
        while (j < b.length && b[j]![1] < id) j++;
        const r = b[j];
        if (r && id >= r[0] && id <= r[1]) {
          id = r[1]; // skip the covered stretch
          continue;
        }
        yield id;
      }
    }
  }

  get size(): number {
    return this.toJSON().reduce((n, [a, b]) => n + b - a + 1, 0);
  }
}
