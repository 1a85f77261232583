/**
 * The selection after clicking the row at `index`: with an anchor among the loaded keys (shift-click),
 * every row from the anchor to it takes the anchor's state; otherwise the row alone flips.
 */
export function toggledSelection(
  selected: ReadonlySet<string>,
  keys: readonly string[],
  index: number,
  anchor: string | null,
): Set<string> {
  const next = new Set(selected);
  const from = anchor === null ? -1 : keys.indexOf(anchor);
  if (from < 0) {
    const key = keys[index]!;
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  }
  const select = next.has(anchor!);
  for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
    if (select) next.add(keys[i]!);
    else next.delete(keys[i]!);
  }
  return next;
}
