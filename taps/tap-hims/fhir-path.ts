// The few FHIR paths a warehouse column names as its source, and removing what they name from a resource (a
// deselected field must not ride along in the `resource` blob). A path is segments joined by `.`; a segment
// over a list applies to every element, as in FHIRPath. A segment may filter: `telecom[system=phone]`,
// `identifier[0]`, `name[?arabic]` / `name[!arabic]` (a named predicate, the same one the column's reader uses).
// `a | b`: b only when a names nothing (a reader's `a ?? b`). A primitive's `_<name>` sibling (its extensions)
// is removed with it.

/** A named filter: an element, its index and its list (as Array.find passes them). */
export type Predicate = (x: any, i?: number, list?: readonly any[]) => boolean;

/** A path that cannot be read: a programming error in a declaration. */
export class FhirPathError extends Error {
  override name = 'FhirPathError';
}

interface Segment {
  key: string;
  match?: (x: any, i: number, list: readonly any[]) => boolean;
}

function parse(path: string, preds: Record<string, Predicate>): Segment[] {
  return path.split('.').map((s) => {
    const m = /^([A-Za-z_][\w-]*)(?:\[([^\]]+)\])?$/.exec(s);
    if (!m) throw new FhirPathError(`path "${path}": segment "${s}" is not name or name[filter]`);
    const f = m[2];
    if (f === undefined) return { key: m[1]! };
    if (/^\d+$/.test(f)) return { key: m[1]!, match: (_x, i) => i === Number(f) };
    const eq = /^(\w+)=(.*)$/.exec(f);
    if (eq) return { key: m[1]!, match: (x) => x?.[eq[1]!] === eq[2] };
    const named = /^([?!])(\w+)$/.exec(f);
    const p = named ? preds[named[2]!] : undefined;
    if (!named || !p) throw new FhirPathError(`path "${path}": filter "${f}" is not key=value, an index or a known ?predicate`);
    return { key: m[1]!, match: named[1] === '?' ? (x, i, l) => p(x, i, l) : (x, i, l) => !p(x, i, l) };
  });
}

function remove(o: unknown, segs: Segment[]): boolean {
  if (o === null || typeof o !== 'object') return false;
  if (Array.isArray(o)) return o.map((x) => remove(x, segs)).some(Boolean);
  const obj = o as Record<string, unknown>;
  const [s, ...rest] = segs as [Segment, ...Segment[]];
  if (rest.length) {
    if (!(s.key in obj)) return false;
    const v = obj[s.key];
    if (!s.match) return remove(v, rest);
    // a filter on a single value filters a list of one
    const list = Array.isArray(v) ? v : [v];
    return list.map((x, i) => s.match!(x, i, list) && remove(x, rest)).some(Boolean);
  }
  // A primitive's id and extensions ride beside it in `_<key>` (`_birthDate: {extension: [birthTime]}`), a list's
  // in a list of the same length, and may be there without the value: they go with it.
  const ext = `_${s.key}`;
  if (!(s.key in obj) && !(ext in obj)) return false;
  if (!s.match) {
    delete obj[s.key];
    delete obj[ext];
    return true;
  }
  const v = obj[s.key];
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  const extList = obj[ext] === undefined ? [] : Array.isArray(obj[ext]) ? (obj[ext] as unknown[]) : [obj[ext]];
  const drop = Array.from({ length: Math.max(list.length, extList.length) }, (_x, i) => s.match!(list[i], i, list));
  if (!drop.some(Boolean)) return false;
  const keep = (key: string, value: unknown, of: unknown[]) => {
    if (value === undefined) return;
    const kept = of.filter((_x, i) => !drop[i]);
    if (kept.some((x) => x !== null && x !== undefined) && Array.isArray(value)) obj[key] = kept;
    else delete obj[key];
  };
  keep(s.key, v, list);
  keep(ext, obj[ext], extList);
  return true;
}

/** Remove what `path` names from `resource` (in place); true when anything was there. */
export function removePath(resource: unknown, path: string, preds: Record<string, Predicate> = {}): boolean {
  for (const alt of path.split('|')) if (remove(resource, parse(alt.trim(), preds))) return true;
  return false;
}
