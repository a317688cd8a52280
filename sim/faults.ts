// Fault injection shared by the simulators: a queue of faults, each applied to the next N matching requests.
// Tests, the demo and benchmarks arm faults over the admin endpoint (POST /__sim/faults) or in process.

export type FaultKind =
  /** answer after `ms` milliseconds */
  | 'latency'
  /** accept the request and never answer (the client's timeout must fire) */
  | 'timeout'
  /** answer with `status` (5xx, or 429 with `retry_after` seconds) and an error body */
  | 'status'
  /** send the headers and part of the body, then destroy the connection */
  | 'truncate'
  /** answer 200 with a body that is cut short or broken, as a well-formed HTTP response */
  | 'malformed';

export interface Fault {
  kind: FaultKind;
  /** how many matching requests it applies to (default 1) */
  times?: number;
  ms?: number;
  status?: number;
  retry_after?: number;
  /** only requests whose description (collection name, FHIR path) contains this */
  match?: string;
}

export class FaultQueue {
  private faults: Array<Required<Pick<Fault, 'times'>> & Fault> = [];
  /** every fault applied, with the request it hit: tests assert recovery against this */
  readonly applied: Array<{ kind: FaultKind; request: string }> = [];

  arm(...faults: Fault[]): void {
    for (const f of faults) this.faults.push({ ...f, times: f.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this request, consumed, or undefined. */
  take(request: string): Fault | undefined {
    const i = this.faults.findIndex((f) => f.times > 0 && (!f.match || request.includes(f.match)));
    if (i < 0) return undefined;
    const f = this.faults[i]!;
    f.times -= 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    this.applied.push({ kind: f.kind, request });
    return f;
  }
}

/** Deterministic xorshift PRNG: the same seed gives the same data on every machine. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}
