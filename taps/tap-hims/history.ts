// One entry of a FHIR `_history` Bundle, read for deletions. Servers write a DELETE in more than one way:
// - the spec (http.html#history): no resource, request.method DELETE, request.url `Patient/[id]`,
//   response.lastModified = when the server processed the delete;
// - HAPI FHIR: a versioned fullUrl (`…/Patient/123/_history/3`) or request.url (`Patient/123/_history/3`),
//   response.status "204 No Content" or "200 OK", response.etag W/"3", and no lastModified (the Bundle's
//   meta.lastUpdated, when the server built the page, then bounds it: the delete was at or before it; the
//   stream lowers that to a later version's time when the history holds one, and the star decides by version).
import { keyInstant, toInstant } from './time.js';

type J = Record<string, any>;

export type HistoryEntry =
  | { kind: 'version' }
  | { kind: 'delete'; id: string; versionId: string; deletedAt: string; exactTime: boolean }
  | { kind: 'unreadable'; reason: string };

/** `[base/]Type/id[/_history/vid]` → its parts; undefined when the text has no such path. */
function resourcePath(url: unknown): { type: string; id: string; version?: string } | undefined {
  if (typeof url !== 'string') return undefined;
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/([A-Za-z0-9\-.]{1,64}))?\/?$/.exec(url.split(/[?#]/)[0]!);
  return m ? { type: m[1]!, id: m[2]!, ...(m[3] ? { version: m[3] } : {}) } : undefined;
}

/**
 * What a history entry says about a resource of `type`: a version (it has a resource; the search reads it),
 * a deletion, or why it cannot be read. `bundleTime` is the time to use when the entry has no lastModified.
 */
export function readHistoryEntry(e: J, type: string, bundleTime: string | undefined, zone = 'UTC'): HistoryEntry {
  const method = e?.request?.method;
  if (e?.resource || (method && method !== 'DELETE')) return { kind: 'version' };
  if (method !== 'DELETE') return { kind: 'unreadable', reason: 'neither a resource nor a request method' };
  const paths = [e.request?.url, e.fullUrl, e.response?.location].map(resourcePath).filter((p) => p !== undefined);
  const path = paths[0];
  if (!path) return { kind: 'unreadable', reason: 'a DELETE with no resource id in request.url, fullUrl or response.location' };
  if (path.type !== type) return { kind: 'unreadable', reason: `a DELETE of ${path.type}/${path.id} in the ${type} history` };
  const lastModified = e.response?.lastModified;
  const exact = lastModified === undefined ? null : toInstant(lastModified, zone);
  if (lastModified !== undefined && !exact) {
    return { kind: 'unreadable', reason: `response.lastModified ${JSON.stringify(lastModified)} is not an instant` };
  }
  const deletedAt = exact ?? (bundleTime === undefined ? null : toInstant(bundleTime, zone));
  if (!deletedAt) return { kind: 'unreadable', reason: 'a DELETE with no time (no response.lastModified, no Bundle meta.lastUpdated)' };
  const etag = /^(?:W\/)?"([^"]+)"$/.exec(String(e.response?.etag ?? ''))?.[1];
  const versionId = paths.find((p) => p.version)?.version ?? etag ?? keyInstant(deletedAt);
  return { kind: 'delete', id: path.id, versionId, deletedAt, exactTime: exact !== null };
}
