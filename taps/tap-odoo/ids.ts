// Id sets as sorted ranges, so the ids a model had at the last reconciliation fit in state (a million contiguous
// ids with a few gaps are a few ranges), and the ids gone since then are one merge walk.
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
