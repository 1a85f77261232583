import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type pg from 'pg';

/** The parts of pg's connection that a COPY FROM STDIN needs (pg has no COPY API of its own). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: Writable;
}

/**
 * `COPY … FROM STDIN` on a pg client, as a "submittable" (the query object protocol pg exposes):
 * the caller writes COPY text in chunks and ends it; the promise of `end()` gives the rows copied.
 * Written here in 60 lines instead of another dependency; it waits for the socket to drain, so a
 * 600,000-row package never piles up in memory.
 */
class CopyIn {
  private connection: PgConnection | null = null;
  private error: Error | null = null;
  private rowCount = 0;
  private readonly opened: Promise<void>;
  private readonly finished: Promise<number>;
  private open!: { resolve(): void; reject(error: Error): void };
  private finish!: { resolve(rows: number): void; reject(error: Error): void };

  constructor(readonly text: string) {
    this.opened = new Promise((resolve, reject) => (this.open = { resolve, reject }));
    this.finished = new Promise((resolve, reject) => (this.finish = { resolve, reject }));
    // Both are awaited by the caller; an error before then must not be an unhandled rejection.
    this.opened.catch(() => {});
    this.finished.catch(() => {});
  }

  submit(connection: PgConnection) {
    this.connection = connection;
    connection.query(this.text);
  }
  handleCopyInResponse() {
    this.open.resolve();
  }
  handleCommandComplete(message: { text: string }) {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text)?.[1] ?? 0);
  }
  handleError(error: Error) {
    this.error = error;
    this.open.reject(error);
  }
  handleReadyForQuery() {
    if (this.error) this.finish.reject(this.error);
    else this.finish.resolve(this.rowCount);
  }
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
  handleCopyData() {}

  async write(chunk: Buffer) {
    await this.opened;
    const connection = this.connection!;
    connection.sendCopyFromChunk(chunk);
    if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
  }

  /** Abandons the COPY (the package proved bad half way), so the connection can roll back. */
  async abort() {
    await this.opened.catch(() => {});
    if (!this.error) this.connection!.sendCopyFail('package refused');
    await this.finished.catch(() => {});
  }

  async end(): Promise<number> {
    await this.opened;
    this.connection!.endCopyFrom();
    return this.finished;
  }
}

export interface CopyStream {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<number>;
  abort(): Promise<void>;
}

/** Starts `COPY table (columns) FROM STDIN` (text format) on the client. */
export function copyFrom(client: pg.ClientBase, table: string, columns: readonly string[]): CopyStream {
  const copy = new CopyIn(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`);
  void client.query(copy as unknown as pg.QueryConfig);
  return copy;
}
