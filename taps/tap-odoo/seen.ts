// The look-back dedup: each run re-reads `lookback_minutes` before its bookmark (a long transaction can commit rows
// whose write_date is older than rows already read), and skips the (id, write_date) versions already sent. Only
// the versions inside the window are remembered, so the memo stays small whatever the model's size.
export class SeenWindow {
  private readonly byId = new Map<number, string>();
  private readonly queue: Array<[string, number]> = [];
  private head = 0;

  constructor(memo: unknown) {
    const list = (memo as { seen?: Array<[number, string]> } | undefined)?.seen;
    if (Array.isArray(list)) for (const [id, wd] of list) this.add(id, wd);
  }

  has(id: number, writeDate: string): boolean {
    return this.byId.get(id) === writeDate;
  }

  add(id: number, writeDate: string): void {
    this.byId.set(id, writeDate);
    this.queue.push([writeDate, id]);
  }

  /** Forget versions older than `from` (an Odoo datetime): they are before any later run's window. */
  prune(from: string): void {
    while (this.head < this.queue.length && this.queue[this.head]![0] < from) {
      const [wd, id] = this.queue[this.head++]!;
      if (this.byId.get(id) === wd) this.byId.delete(id);
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  toJSON(): Array<[number, string]> {
    return [...this.byId.entries()];
  }
}
