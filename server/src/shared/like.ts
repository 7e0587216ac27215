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
  if (value.includes('\u0000')) throw badInput(field, 'FORBIDDEN_CHARACTER', 'The search text contains a NUL character (搜尋文字含有不允許的字元)');
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
