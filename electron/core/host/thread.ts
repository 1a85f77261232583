import { parentPort, workerData } from 'node:worker_threads';
import { AppError, errorMessages, type AppErrorPayload, type Result } from '@shared/errors';
import { builtInAdministrator } from '@shared/contract/infra/roles';
import { createCore, createReaderCore, type Core } from '../create-core';
import { openAuditInbox, type AuditInbox } from '../db/audit-inbox';
import type { AuditRecord } from '../router';
import type { FromThread, ThreadInit, ToThread } from './protocol';

/**
 * A core thread's entry (node:worker_threads): the writer migrates the database and serves the
 * mutations; a reader serves queries on its own query-only connection. Electron loads it bundled
 * (out/main/core-thread.js); plain Node through tsx (tsx-thread.mjs) from the TypeScript sources.
 */
const port = parentPort!;
const init = workerData as ThreadInit;
const post = (message: FromThread) => port.postMessage(message);

let core: Core | null = null;
/** Readers leave their queries' audit records here; the writer copies them into audit_log. */
let inbox: AuditInbox | null = null;

/** A reader's query is answered once its audit record is on disk, without waiting for the writer. */
function recordQueryAudit(record: AuditRecord): Promise<void> {
  inbox!.put(record);
  post({ type: 'auditWaiting' });
  return Promise.resolve();
}

/** The writer copies the waiting audit records: when a reader says there are some, and at start (a crash's). */
function copyWaitingAudits(): Result<null> {
  try {
    inbox!.drain((records) => core!.recordAudits(records));
    return { ok: true, value: null };
  } catch (error) {
    console.error('audit rows of queries were not copied from the inbox', error);
    return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } };
  }
}

function open(build: () => Core, schemaVersion: () => Promise<string>) {
  try {
    core = build();
    inbox = openAuditInbox(init.core.databasePath, { nativeBinding: init.core.nativeBinding });
    if (init.role === 'writer') copyWaitingAudits();
  } catch (error) {
    post({ type: 'startFailed', error: startError(error) });
    process.exit(1);
  }
  core.events.subscribe((event) => post({ type: 'event', event }));
  void schemaVersion().then((version) => post({ type: 'ready', schemaVersion: version }));
}
if (init.role === 'writer')
  open(
    // The threads serve the window's transports: no call of theirs runs without a signed-in session.
    () => createCore({ ...init.core, signInRequired: true }),
    () => systemSchemaVersion(core!),
  );

port.on('message', (message: ToThread) => {
  switch (message.type) {
    case 'open':
      return open(
        () =>
          createReaderCore({
            ...init.core,
            signInRequired: true,
            schemaVersion: message.schemaVersion,
            recordQueryAudit,
            touchSession: (sessionId, at) => Promise.resolve(post({ type: 'touch', sessionId, at })),
          }),
        async () => message.schemaVersion,
      );
    case 'call': {
      const job = message.job && { jobId: message.job.jobId, cancelFlag: new Int32Array(message.job.cancelFlag) };
      void core!
        .dispatch(message.channel, message.input, message.asSystem ? builtInAdministrator : undefined, {
          job,
          inputFile: message.inputFile,
          outputPath: message.outputPath,
          session: message.session,
        })
        .then((result) => post({ type: 'result', callId: message.callId, json: JSON.stringify(result) }));
      return;
    }
    case 'copyAudits':
      post({ type: 'result', callId: message.callId, json: JSON.stringify(copyWaitingAudits()) });
      return;
    case 'touch': {
      let json = JSON.stringify({ ok: true, value: null });
      try {
        core!.touchSession(message.sessionId, message.at);
      } catch (error) {
        console.error('a session was not marked as used', error);
        json = JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } });
      }
      post({ type: 'result', callId: message.callId, json });
      return;
    }
    case 'close':
      if (init.role === 'writer' && inbox) copyWaitingAudits();
      inbox?.close();
      core?.close();
      process.exit(0);
  }
});

async function systemSchemaVersion(writer: Core): Promise<string> {
  const info = await writer.dispatch('system.info', {}, builtInAdministrator);
  return info.ok ? (info.value as { schemaVersion: string }).schemaVersion : '';
}

function startError(error: unknown): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  return { code: 'INTERNAL', message: `启动失败：${error instanceof Error ? error.message : String(error)}` };
}
