/**
 * Moving through a grid whose rows may be locked (a trainee short of hours cannot be given marks):
 * Enter and a pasted column go to the rows that can take a value, never into a locked one.
 */
export function nextOpenRow(locked: readonly boolean[], from: number, step: 1 | -1): number | null {
  for (let row = from + step; row >= 0 && row < locked.length; row += step) if (!locked[row]) return row;
  return null;
}

/** The rows a column of `count` pasted values fills, starting at `from` (itself if open), skipping locked rows. */
export function pasteTargets(locked: readonly boolean[], from: number, count: number): number[] {
  const rows: number[] = [];
  for (
    let row = locked[from] ? nextOpenRow(locked, from, 1) : from;
    row !== null && rows.length < count;
    row = nextOpenRow(locked, row, 1)
  )
    rows.push(row);
  return rows;
}
