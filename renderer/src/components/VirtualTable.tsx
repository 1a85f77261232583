import { Box, Checkbox, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { toggledSelection } from './row-selection';

export interface VirtualColumn<Row> {
  key: string;
  header: string;
  width: number | string;
  render: (row: Row) => ReactNode;
  /** Long text (an error's reason) wraps and the row grows to it, instead of being cut with “…”. */
  wrap?: boolean;
}

export interface VirtualTableProps<Row> {
  label: string;
  columns: VirtualColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  height: number | string;
  rowHeight?: number;
  /** Called when the last loaded rows come into view: load the next keyset page. */
  onEndReached?: () => void;
  onRowClick?: (row: Row) => void;
  empty?: ReactNode;
  /**
   * Adds a checkbox column. Selection is a set of row keys, so it survives scrolling and paging;
   * shift-click applies the last clicked row's state to the loaded rows in between.
   */
  selection?: {
    selected: ReadonlySet<string>;
    onChange: (next: Set<string>) => void;
    rowLabel: (row: Row) => string;
    /** A header checkbox: the owner knows what "all" is (every match in the database, not the loaded rows). */
    all?: { checked: boolean; onToggle: () => void };
  };
}

/**
 * A table that renders only the rows in view (about 30 DOM rows whatever the data size), so a list
 * of 500,000 pages smoothly; pages arrive by keyset from the database as the user nears the end.
 */
export function VirtualTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  height,
  rowHeight = 36,
  onEndReached,
  onRowClick,
  empty,
  selection,
}: VirtualTableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  const anchor = useRef<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // Rows are measured only when a column wraps; the 500,000-row lists keep their fixed height.
  const grows = columns.some((c) => c.wrap);
  const lastVisible = items.length ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (onEndReached && rows.length > 0 && lastVisible >= rows.length - 20) onEndReached();
  }, [lastVisible, rows.length, onEndReached]);

  const toggle = (index: number, range: boolean) => {
    if (!selection) return;
    const keys = rows.map(rowKey);
    selection.onChange(toggledSelection(selection.selected, keys, index, range ? anchor.current : null));
    anchor.current = keys[index]!;
  };
  const template = [
    ...(selection ? ['40px'] : []),
    ...columns.map((c) => (typeof c.width === 'number' ? `${c.width}px` : c.width)),
  ].join(' ');
  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={rows.length}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, background: 'white' }}
    >
      <Box
        role="row"
        style={{
          display: 'grid',
          gridTemplateColumns: template,
          borderBottom: '1px solid var(--mantine-color-gray-3)',
          background: 'var(--mantine-color-gray-1)',
        }}
      >
        {selection && (
          <Box role="columnheader" aria-label="选择" px="xs" style={{ display: 'flex', alignItems: 'center' }}>
            {selection.all && (
              <Checkbox
                size="xs"
                aria-label="全选"
                checked={selection.all.checked}
                indeterminate={!selection.all.checked && selection.selected.size > 0}
                onChange={selection.all.onToggle}
              />
            )}
          </Box>
        )}
        {columns.map((column) => (
          <Text role="columnheader" key={column.key} size="sm" fw={600} px="xs" py={8} truncate>
            {column.header}
          </Text>
        ))}
      </Box>
      <div ref={scroller} style={{ height, overflow: 'auto', position: 'relative' }}>
        {rows.length === 0 ? (
          <Group justify="center" p="xl">
            {empty}
          </Group>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              const selected = selection?.selected.has(rowKey(row)) ?? false;
              return (
                <Box
                  role="row"
                  key={rowKey(row)}
                  data-index={item.index}
                  ref={grows ? virtualizer.measureElement : undefined}
                  aria-selected={selection ? selected : undefined}
                  onClick={onRowClick ? () => onRowClick(row) : undefined}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    ...(grows ? { minHeight: rowHeight, paddingBlock: 6 } : { height: rowHeight }),
                    transform: `translateY(${item.start}px)`,
                    display: 'grid',
                    gridTemplateColumns: template,
                    alignItems: 'center',
                    cursor: onRowClick ? 'pointer' : undefined,
                    borderBottom: '1px solid var(--mantine-color-gray-2)',
                    background: selected
                      ? 'var(--mantine-color-blue-0)'
                      : item.index % 2
                        ? 'var(--mantine-color-gray-0)'
                        : undefined,
                  }}
                >
                  {selection && (
                    // The whole cell is the target; a click or Space on the focused checkbox arrives here as a click.
                    <Box
                      role="cell"
                      px="xs"
                      style={{ alignSelf: 'stretch', display: 'flex', alignItems: 'center', cursor: 'default' }}
                      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(item.index, event.shiftKey);
                      }}
                    >
                      <Checkbox
                        size="xs"
                        aria-label={`选择 ${selection.rowLabel(row)}`}
                        checked={selected}
                        onChange={() => undefined}
                      />
                    </Box>
                  )}
                  {columns.map((column) => (
                    <Text role="cell" key={column.key} size="sm" px="xs" truncate={!column.wrap} component="div">
                      {column.render(row)}
                    </Text>
                  ))}
                </Box>
              );
            })}
          </div>
        )}
      </div>
    </Box>
  );
}
