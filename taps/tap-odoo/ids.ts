// Id sets as sorted ranges, so the ids of a model the warehouse holds (those listed at the last reconciliation and
// those sent since) fit in state (a million contiguous ids with a few gaps are a few ranges), and the ids gone since
// then are one merge walk.
export type Ranges = Array<[number, number]>;

/** Sorted distinct ids → ranges. */
export function toRanges(ids: number[]): Ranges {
  const out: Ranges = [];
  for (const id of ids) {
    const last = out[out.length - 1];
    if (last && id === last[1] + 1) last[1] = id;
    else if (!last || id > last[1]) out.push([id, id]);
  }
  return out;
}

/** Ids in `known` that `current` (sorted ascending) lacks. */
export function missing(known: Ranges, current: number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const [a, b] of known) {
    for (let id = a; id <= b; id++) {
      while (j < current.length && current[j]! < id) j++;
      if (j >= current.length || current[j] !== id) out.push(id);
    }
  }
  return out;
}

/** `ranges` with the ids of `more` (any order, duplicates allowed) added. */
export function withIds(ranges: Ranges, more: number[]): Ranges {
  if (!more.length) return ranges;
  const add = toRanges([...more].sort((a, b) => a - b));
  const all = [...ranges, ...add].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [a, b] of all) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `ranges` without the ids of `drop` (sorted ascending). */
export function withoutIds(ranges: Ranges, drop: number[]): Ranges {
  const out: Ranges = [];
  let j = 0;
  for (const [a, b] of ranges) {
    let from = a;
    while (j < drop.length && drop[j]! < a) j++;
    while (j < drop.length && drop[j]! <= b) {
      if (drop[j]! > from) out.push([from, drop[j]! - 1]);
      from = drop[j]! + 1;
      j++;
    }
    if (from <= b) out.push([from, b]);
  }
  return out;
}
