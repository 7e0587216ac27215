/**
 * Semesters in ROC years, Taiwan time: '109-1' = Aug 2020 - Jan 2021, '109-2' = Feb - Jul 2021.
 */
export function semesterOf(at: Date): string {
  const taipei = new Date(at.getTime() + 8 * 3600_000);
  const y = taipei.getUTCFullYear();
  const m = taipei.getUTCMonth() + 1;
  if (m >= 8) return `${y - 1911}-1`;
  if (m === 1) return `${y - 1912}-1`;
  return `${y - 1912}-2`;
}
