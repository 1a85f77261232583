import { describe, expect, it } from 'vitest';
import { localOnlyTables, syncedTables } from './tables';

describe('synced tables', () => {
  it('sends every table with record columns except the local-only ones, which hold keys or local settings', () => {
    const names = syncedTables.map((table) => table.name);
    expect(names).toContain('trainees');
    expect(names).toContain('enrollments');
    expect(names).toContain('certificates');
    for (const local of Object.keys(localOnlyTables)) expect(names).not.toContain(local);
  });

  it('lists the key and the change columns first-class in every table the hub merges on', () => {
    for (const table of syncedTables) {
      const columns = table.columns.map((column) => column.name);
      expect(columns, table.name).toEqual(expect.arrayContaining(['id', 'updated_at', 'deleted_at']));
    }
  });
});
