/**
 * What a clerk types into a search box, as a SQLite LIKE pattern (used with `ESCAPE '\'`): the
 * wildcards % and _ and the escape character itself match literally, so "50%" finds "50%" only.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Matches values that contain the text anywhere. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/** Matches values that start with the text (can use an index). */
export const prefixPattern = (text: string) => `${escapeLike(text)}%`;
