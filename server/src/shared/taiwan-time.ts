/** Taiwan (UTC+8, no daylight saving) calendar dates. */

/** A Taiwan calendar date 'YYYY-MM-DD' at the start (00:00:00) or end (23:59:59) of the day, as a UTC instant. */
export function taipeiDay(date: string, end: boolean): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return end ? new Date(Date.UTC(y, mo - 1, d, 23 - 8, 59, 59)) : new Date(Date.UTC(y, mo - 1, d, -8, 0, 0));
}

/** A UTC instant as the Taiwan calendar date 'YYYY-MM-DD'. */
export function taipeiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A 'YYYY-MM-DD' date in the Republic of China (民國) calendar as Taiwan writes it: '115年3月2日'
 * (`spaced`: '115 年 3 月 2 日', as after 中華民國 on a certificate). Anything else comes back unchanged.
 */
export function rocDateLabel(date: string, spaced = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || Number(m[1]) <= 1911) return date;
  const parts = [Number(m[1]) - 1911, Number(m[2]), Number(m[3])];
  return spaced ? `${parts[0]} 年 ${parts[1]} 月 ${parts[2]} 日` : `${parts[0]}年${parts[1]}月${parts[2]}日`;
}
