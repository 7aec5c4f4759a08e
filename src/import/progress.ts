/** A one-line progress bar on stderr, drawn only on a terminal and at most ten times a second. */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: { write(s: string): unknown; isTTY?: boolean }, private readonly total: number, private readonly enabled: boolean) {}

  tick(done: number, label: string): void {
    if (!this.enabled || !this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = 24;
    const filled = this.total ? Math.round((done / this.total) * width) : width;
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${name}\u001b[K`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}
