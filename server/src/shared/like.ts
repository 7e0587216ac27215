import { badInput } from './errors';
import type { Scope } from './scoped-query';

/**
 * Searching by part of a text (LIKE), the same on SQLite and MariaDB. SQLite's LIKE has no escape
 * character unless one is named and MariaDB's default (a backslash) is itself an escape in string
 * literals, so every pattern names `!` as its escape: `%`, `_` and `!` in what a person typed match
 * literally on both databases. NUL characters are refused (BAD_USER_INPUT naming the field): SQLite
 * ends text at a NUL in some functions and MariaDB compares it as a character, so the two would
 * answer differently.
 */
export const LIKE_ESCAPE = "ESCAPE '!'";

/** The search text trimmed, or null when empty; NUL refused naming the field. */
export function searchText(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.includes('\u0000'))
    throw badInput(field, 'FORBIDDEN_CHARACTER', 'The search text contains a NUL character (搜尋文字含有不允許的字元)');
  const t = value.trim();
  return t === '' ? null : t;
}

/** `%`, `_` and the escape character itself, escaped for a LIKE pattern with LIKE_ESCAPE. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

/** A pattern matching values that contain the text anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `column LIKE ? ESCAPE '!'` for values containing the text. */
export function likeContains(column: string, text: string): Scope {
  return { sql: `${column} LIKE ? ${LIKE_ESCAPE}`, params: [containsPattern(text)] };
}

/**
 * How people write names, made one (issue 13 "search finds what people type"): the common variant
 * characters (臺/台 ...) and the short forms of school names (國民小學 -> 國小 ...). Applied to what
 * was typed (foldName) and, in SQL, to the stored column (foldedColumn), so 台北, 臺北市立大安國民小學,
 * 台北市立大安國小 and 大安國小 all find 臺北市立大安國民小學. Longer forms first.
 */
export const NAME_FOLDS: readonly (readonly [string, string])[] = [
  ['國民中小學', '國中小'],
  ['國民小學', '國小'],
  ['國民中學', '國中'],
  ['高級中等學校', '高中'],
  ['高級中學', '高中'],
  ['高級工業職業學校', '高工'],
  ['高級商業職業學校', '高商'],
  ['高級農工職業學校', '高農'],
  ['高級家事商業職業學校', '高家商'],
  ['高級職業學校', '高職'],
  ['臺', '台'],
  ['峯', '峰'],
  ['羣', '群'],
  ['裏', '裡'],
  ['恆', '恒'],
  ['溫', '温'],
  ['眞', '真'],
  ['敎', '教'],
  ['爲', '為'],
  ['衆', '眾'],
];

/** What a person typed, folded: NFKC (full-width letters and digits), no spaces, variants and short forms made one. */
export function foldName(text: string): string {
  let s = text.normalize('NFKC').replace(/\s+/g, '');
  for (const [from, to] of NAME_FOLDS) s = s.split(from).join(to);
  return s;
}

/** The SQL expression of a stored name folded the same way (nested REPLACE: the same on SQLite and MariaDB). */
export function foldedColumn(column: string): string {
  let sql = column;
  for (const [from, to] of NAME_FOLDS) sql = `REPLACE(${sql}, '${from}', '${to}')`;
  return sql;
}

/** A name column containing the folded text, or a code column containing it (partial codes find their units). */
export function nameOrCodeContains(nameColumn: string, codeColumn: string | null, text: string): Scope {
  const folded = foldName(text);
  const name = `${foldedColumn(nameColumn)} LIKE ? ${LIKE_ESCAPE}`;
  if (!codeColumn) return { sql: name, params: [containsPattern(folded)] };
  return {
    sql: `${name} OR ${codeColumn} LIKE ? ${LIKE_ESCAPE}`,
    params: [containsPattern(folded), containsPattern(text.normalize('NFKC').trim())],
  };
}
