import Database from 'better-sqlite3';
import type { AuditRecord } from '../router';

/**
 * Where a reader thread leaves the audit record of a query (a list or record view, an export) for
 * the writer to copy into audit_log. The reader's own connection is query-only, and handing the
 * record to the writer made the query wait for it: during a 50,000-row import the writer is in one
 * transaction for 14 s, and every page of the trainee list waited those 14 s for its audit row.
 * This small database beside the main file takes the record in about a millisecond whatever the
 * writer is doing; a crash before the copy loses nothing, because the writer copies what is left
 * when it starts. Each record carries its audit rows' ids, so a copy repeated after a crash
 * between the two commits writes no row twice.
 */
export interface AuditInbox {
  put(record: AuditRecord): void;
  /** Hands the waiting records to `copy` (which writes them to audit_log), then forgets them; how many. */
  drain(copy: (records: AuditRecord[]) => void): number;
  close(): void;
}

export const auditInboxPath = (databasePath: string) => `${databasePath}-audit-inbox`;

/** 1,000 records a transaction: a drain after a long import copies a few thousand page views. */
const drainBatch = 1000;

export function openAuditInbox(databasePath: string, options: { nativeBinding?: string } = {}): AuditInbox {
  const inbox = new Database(
    auditInboxPath(databasePath),
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  inbox.pragma('journal_mode = WAL');
  // As the main file: durable across an application crash, one fsync per checkpoint.
  inbox.pragma('synchronous = NORMAL');
  inbox.pragma('busy_timeout = 5000');
  inbox.exec('CREATE TABLE IF NOT EXISTS waiting (seq INTEGER PRIMARY KEY, record TEXT NOT NULL)');
  const insert = inbox.prepare<[string]>('INSERT INTO waiting (record) VALUES (?)');
  const oldest = inbox.prepare<[number], { seq: number; record: string }>(
    'SELECT seq, record FROM waiting ORDER BY seq LIMIT ?',
  );
  const forget = inbox.prepare<[number]>('DELETE FROM waiting WHERE seq <= ?');
  return {
    put: (record) => void insert.run(JSON.stringify(record)),
    drain(copy) {
      let copied = 0;
      for (;;) {
        const rows = oldest.all(drainBatch);
        if (rows.length === 0) return copied;
        copy(rows.map((row) => JSON.parse(row.record) as AuditRecord));
        forget.run(rows.at(-1)!.seq);
        copied += rows.length;
      }
    },
    close() {
      inbox.pragma('wal_checkpoint(TRUNCATE)');
      inbox.close();
    },
  };
}
