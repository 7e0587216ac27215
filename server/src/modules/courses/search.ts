/**
 * Search text of courses: title, code and organiser, normalised so that 台/臺 and the short and
 * long names of school stages (國小/國民小學, 國中/國民中學) match alike, case-insensitively. The same
 * function normalises the stored text and what a person typed.
 */
const VARIANTS: [RegExp, string][] = [
  [/臺/g, '台'],
  [/國民小學/g, '國小'],
  [/國民中學/g, '國中'],
  [/國民中小學/g, '國中小'],
  [/高級中學/g, '高中'],
  [/\s+/g, ' '],
];

export function normaliseSearch(text: string): string {
  let t = text.normalize('NFKC').toLowerCase();
  for (const [re, to] of VARIANTS) t = t.replace(re, to);
  return t.trim();
}

/** The stored search text of a course: title first (relevance ranks a title that starts with the query), then code and organiser. */
export function courseSearchText(title: string, code: string, organiserName: string): string {
  return normaliseSearch(`${title} | ${code} | ${organiserName}`).slice(0, 400);
}
