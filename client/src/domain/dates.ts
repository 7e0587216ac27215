/** 民國 dates as Taiwan writes them: 2026-03-02 -> 115年3月2日 (spaced: 115 年 3 月 2 日); other strings as they are. */
export function rocDateLabel(date: string, spaced = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || Number(m[1]) <= 1911) return date;
  const parts = [Number(m[1]) - 1911, Number(m[2]), Number(m[3])];
  return spaced ? `${parts[0]} 年 ${parts[1]} 月 ${parts[2]} 日` : `${parts[0]}年${parts[1]}月${parts[2]}日`;
}
