import { randomInt } from 'node:crypto';

/**
 * Disclosure control by the cell key method (ABS TableBuilder, ONS; docs/API.md "Disclosure control").
 *
 * Every record that statistics count (a teacher plan, a school plan, a survey answer) carries a
 * record key: a random integer in [0, KEY_RANGE), drawn once when the row is created and never
 * changed. A cell's key is the sum of the keys of the records it counts, modulo KEY_RANGE; the
 * summary tables keep that sum next to each count (same transaction as the plan write), the
 * ad-hoc queries sum it in SQL. The published count is `count + perturbation(count, cellKey)`,
 * looked up in the fixed perturbation table below. So:
 *
 * - the same cell (the same records) always answers the same, however it is asked (a query asked
 *   twice, or the same group reached by another filter, cannot be averaged out);
 * - different cells (different sets of records) get independent perturbations, so subtracting
 *   published totals leaves the sum of their perturbations, not the hidden count;
 * - the change is at most BOUND (2), a published count is never negative, zero stays zero, and
 *   counts of 1 and 2 are published as 0, 3 or 4 (never as 1 or 2).
 *
 * Only integers enter the lookup (the key sums are exact below 2^53 in JavaScript, SQLite and
 * MariaDB), so SQLite and MariaDB publish the same numbers.
 */
export const KEY_RANGE = 2 ** 30;

/** The largest change a perturbation makes to a count. */
export const BOUND = 2;

/** A new record key (when a plan or survey answer row is created). */
export function newRecordKey(): number {
  return randomInt(0, KEY_RANGE);
}

/** A cell's key from the (possibly larger, possibly string-typed) sum of its record keys. */
export function cellKey(sum: unknown): number {
  const n = Number(sum ?? 0);
  if (!Number.isFinite(n)) return 0;
  return ((n % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;
}

/**
 * The perturbation table (ptable): for a count, the perturbations and their probabilities. A cell
 * key, as a fraction of KEY_RANGE, picks one by the cumulative probabilities. Each row has mean 0
 * (the published counts are unbiased) and keeps the result within [0, count + 2].
 */
export const PTABLE: { count: number; rows: [perturbation: number, probability: number][] }[] = [
  { count: 0, rows: [[0, 1]] },
  {
    count: 1,
    rows: [
      [-1, 2 / 3],
      [2, 1 / 3],
    ],
  }, // 1 -> 0 or 3
  {
    count: 2,
    rows: [
      [-2, 0.4],
      [1, 0.4],
      [2, 0.2],
    ],
  }, // 2 -> 0, 3 or 4
  {
    count: 3,
    rows: [
      [-2, 0.1],
      [-1, 0.2],
      [0, 0.4],
      [1, 0.2],
      [2, 0.1],
    ],
  }, // and every count above
];

/** The perturbation of a count with a cell key (deterministic). */
export function perturbation(count: number, key: number): number {
  if (count <= 0) return 0;
  const row = PTABLE[Math.min(count, PTABLE.length - 1)].rows;
  const u = cellKey(key) / KEY_RANGE;
  let acc = 0;
  for (const [p, prob] of row) {
    acc += prob;
    if (u < acc) return p;
  }
  return row[row.length - 1][0];
}

/** The published count: the count plus its perturbation. */
export function perturb(count: number, key: unknown): number {
  return Math.max(0, count + perturbation(count, cellKey(key)));
}

/**
 * A sum (planned hours) over a cell is published as the cell's mean times its published count:
 * the change is the count's perturbation times the cell's mean (at most 2 x the mean), zero stays
 * zero, never negative, and the mean itself is the exact mean of the cell.
 */
export function perturbSum(sum: number, count: number, published: number): number {
  if (count <= 0) return 0;
  return Math.round((sum * published) / count);
}

/** Whether the viewer gets counts as they are, or perturbed ones (decided in auth/rules.ts). */
export interface Disclosure {
  exact: boolean;
  k: number;
}

/** The smallest number of teachers a published number may rest on (STATS_K, default 3). */
export function statsK(): number {
  const k = Number(process.env.STATS_K);
  return Number.isInteger(k) && k >= 1 ? k : 3;
}
