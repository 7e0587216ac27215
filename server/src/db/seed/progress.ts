/** A progress bar on stderr (a line per 10% when stderr is not a terminal). */
export class Progress {
  private done = 0;
  private lastDecile = -1;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled = true,
  ) {}

  tick(n: number, label: string): void {
    this.done += n;
    if (!this.enabled) return;
    const frac = this.total ? Math.min(1, this.done / this.total) : 1;
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    if (process.stderr.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw < 100 && frac < 1) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round(frac * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${secs}s ${label.padEnd(28)}`,
      );
      if (frac >= 1) process.stderr.write('\n');
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        process.stderr.write(`seed: ${(frac * 100).toFixed(0)}% after ${secs}s (${label})\n`);
      }
    }
  }
}
