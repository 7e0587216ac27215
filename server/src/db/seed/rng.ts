/** A small deterministic PRNG (mulberry32): same seed, same data, on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One key by weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + Math.max(0, w), 0);
    let r = this.next() * total;
    for (const [k, w] of entries) {
      r -= Math.max(0, w);
      if (r < 0) return k;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct keys by weight (without replacement). */
  weightedDistinct<K extends string>(weights: Record<K, number>, count: number): K[] {
    const left = { ...weights };
    const out: K[] = [];
    for (let i = 0; i < count && Object.values(left).some((w) => (w as number) > 0); i++) {
      const k = this.weighted(left);
      out.push(k);
      left[k] = 0;
    }
    return out;
  }

  /** Approximately normal (Irwin-Hall of 4), for sizes. */
  normal(mean: number, sd: number): number {
    const u = (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
    return mean + u * sd;
  }
}

/** A seed derived from a base seed and a label, so each part of the data has its own stream. */
export function subSeed(seed: number, label: string): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return h >>> 0;
}
