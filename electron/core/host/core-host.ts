import { Worker } from 'node:worker_threads';
import { AppError, errorMessages, type AppErrorPayload, type Result } from '@shared/errors';
import type { InputFile, Logger } from '../context';
import type { CoreOptions } from '../create-core';
import { createEventHub, type EventHub } from '../events';
import { newCancelFlag, raiseCancelFlag } from '../jobs';
import { laneOf, type Lane } from './lanes';
import type { CallMessage, FromThread, ThreadInit, ToThread } from './protocol';

export interface CoreHostOptions extends Omit<CoreOptions, 'clock' | 'logger'> {
  /** The core thread's entry: the bundled out/main/core-thread.js in Electron; tsx-thread.mjs on plain Node. */
  threadEntry?: string | URL;
  logger?: Logger;
}

/** What a transport passes beside the input. */
export interface HostCall {
  /** The session token the window got at sign-in: the router takes the caller from it. */
  session?: string;
  /** The app's own work (the desktop app's daily backup), never set from a transport's request. */
  asSystem?: boolean;
  jobId?: string;
  inputFile?: InputFile;
  outputPath?: string;
}

export interface ThreadInfo {
  threadId: number;
  lane: Lane;
  busyWith: string | null;
}

/**
 * The core in its threads, as the Electron main process and the browser-mode server hold it: they
 * only relay calls and events, so their own thread stays free to paint, answer and cancel.
 */
export interface CoreHost {
  /** The call's Result as JSON text, straight from the thread that ran it (transports send it on unparsed). */
  dispatchJson(channel: string, input: unknown, call?: HostCall): Promise<string>;
  dispatch(channel: string, input: unknown, call?: HostCall): Promise<Result<unknown>>;
  /** Cancels the call with this job id, queued or running; false when there is none. */
  cancel(jobId: string): boolean;
  events: EventHub;
  threads(): ThreadInfo[];
  /** Ends one thread at once, as a crash would: how the tests kill the writer in the middle of a commit. */
  terminateThread(threadId: number): Promise<void>;
  /** Closes the readers, then the writer (which checkpoints the WAL). */
  close(): Promise<void>;
}

/**
 * How many threads each lane keeps (min, started at once) and may grow to (max, while all are
 * busy). One writer, because SQLite has one; two of each reader kind, because these machines have
 * two cores and a second long read (a PDF during an export) should not wait a minute.
 */
const laneSizes: Record<Lane, { min: number; max: number }> = {
  write: { min: 1, max: 1 },
  read: { min: 1, max: 2 },
  long: { min: 1, max: 2 },
};

const laneNames: Record<Lane, string> = { write: '写入', read: '查询', long: '长任务' };

interface Task {
  channel: string;
  message: Omit<CallMessage, 'callId'> | { type: 'copyAudits' } | { type: 'touch'; sessionId: string; at: string };
  /** Called as the task goes to its thread. */
  onStart?(): void;
  jobId?: string;
  cancelFlag?: Int32Array;
  resolve(json: string): void;
}

interface Thread {
  worker: Worker;
  lane: Lane;
  ready: boolean;
  running: Task | null;
  /** Settles once the thread has opened its connection (or failed to). */
  started: Promise<void>;
}

const failureJson = (error: AppErrorPayload) => JSON.stringify({ ok: false, error } satisfies Result<never>);
const defaultThreadEntry = new URL('./tsx-thread.mjs', import.meta.url);

export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const { threadEntry = defaultThreadEntry, logger = console, ...coreOptions } = options;
  const events = createEventHub();
  const threads = new Set<Thread>();
  const queues: Record<Lane, Task[]> = { write: [], read: [], long: [] };
  const jobs = new Map<string, Task>();
  const running = new Map<number, Task>();
  let schemaVersion = '';
  let nextCallId = 0;
  let closing = false;

  function spawn(lane: Lane): Thread {
    const init: ThreadInit = { role: lane === 'write' ? 'writer' : 'reader', core: coreOptions };
    const worker = new Worker(threadEntry, { workerData: init, name: `jiangxun-core-${lane}` });
    // A reader opens the file once the writer has migrated it; until then it loads its code.
    if (lane !== 'write' && schemaVersion) worker.postMessage({ type: 'open', schemaVersion } satisfies ToThread);
    let settle!: { resolve(): void; reject(error: AppError): void };
    const thread: Thread = {
      worker,
      lane,
      ready: false,
      running: null,
      started: new Promise((resolve, reject) => (settle = { resolve, reject })),
    };
    thread.started.catch(() => {});
    threads.add(thread);
    worker.on('message', (message: FromThread) => {
      switch (message.type) {
        case 'ready':
          thread.ready = true;
          settle.resolve();
          if (lane === 'write' && !schemaVersion) {
            schemaVersion = message.schemaVersion;
            for (const reader of threads)
              if (reader.lane !== 'write')
                reader.worker.postMessage({ type: 'open', schemaVersion } satisfies ToThread);
          }
          return pump(lane);
        case 'startFailed':
          return settle.reject(new AppError(message.error.code, message.error.message, message.error.details));
        case 'result': {
          const task = running.get(message.callId);
          running.delete(message.callId);
          thread.running = null;
          if (task?.jobId) jobs.delete(task.jobId);
          task?.resolve(message.json);
          return pump(lane);
        }
        case 'event':
          return events.emit(message.event.name, message.event.payload as never);
        case 'auditWaiting':
          return copyAuditsSoon();
        case 'touch':
          return enqueue('write', {
            channel: 'touch',
            message: { type: 'touch', sessionId: message.sessionId, at: message.at },
            resolve: () => {},
          });
      }
    });
    worker.on('error', (error) => logger.error(`匠训${laneNames[lane]}线程出错`, error));
    worker.on('exit', (code) => onExit(thread, code, settle));
    return thread;
  }

  function onExit(thread: Thread, code: number, settle: { reject(error: AppError): void }) {
    threads.delete(thread);
    settle.reject(new AppError('INTERNAL', `数据库线程未能启动（退出代码 ${code}）`));
    const task = thread.running;
    if (task) {
      for (const [callId, candidate] of running) if (candidate === task) running.delete(callId);
      if (task.jobId) jobs.delete(task.jobId);
      task.resolve(failureJson({ code: 'INTERRUPTED', message: errorMessages.INTERRUPTED }));
    }
    if (closing) return;
    if (!thread.ready) {
      // It could not even open the database: answer what waits instead of retrying in a loop.
      if (![...threads].some((t) => t.lane === thread.lane)) {
        for (const waiting of queues[thread.lane].splice(0)) {
          if (waiting.jobId) jobs.delete(waiting.jobId);
          waiting.resolve(failureJson({ code: 'INTERNAL', message: errorMessages.INTERNAL }));
        }
      }
      return;
    }
    const message = `匠训的${laneNames[thread.lane]}线程意外退出（代码 ${code}），已在同一数据库上重新启动；进行中的操作未完成，已保存的数据不受影响。`;
    logger.error(message);
    events.emit('core.restarted', { message });
    pump(thread.lane);
  }

  function pump(lane: Lane) {
    if (closing) return;
    const queue = queues[lane];
    const own = [...threads].filter((t) => t.lane === lane);
    for (const thread of own) {
      if (queue.length === 0) break;
      if (thread.ready && !thread.running) send(thread, queue.shift()!);
    }
    const starting = own.filter((t) => !t.ready).length;
    const wanted = Math.max(laneSizes[lane].min - own.length, queue.length > starting ? 1 : 0);
    for (let i = 0; i < wanted && own.length + i < laneSizes[lane].max; i++) spawn(lane);
  }

  function send(thread: Thread, task: Task) {
    const callId = nextCallId++;
    task.onStart?.();
    thread.running = task;
    running.set(callId, task);
    thread.worker.postMessage({ ...task.message, callId } as ToThread);
  }

  function enqueue(lane: Lane, task: Task, first = false) {
    if (first) queues[lane].unshift(task);
    else queues[lane].push(task);
    pump(lane);
  }

  /**
   * A reader left an audit record in the inbox: one copy waits at the head of the writer's queue
   * (a record left while a copy runs gets the next one), so a read of the log queued after it sees it.
   */
  let copyQueued = false;
  function copyAuditsSoon() {
    if (copyQueued) return;
    copyQueued = true;
    enqueue(
      'write',
      {
        channel: 'copyAudits',
        message: { type: 'copyAudits' },
        onStart: () => (copyQueued = false),
        resolve: () => {},
      },
      true,
    );
  }

  function dispatchJson(channel: string, input: unknown, call: HostCall = {}): Promise<string> {
    if (closing) return Promise.resolve(failureJson({ code: 'INTERRUPTED', message: errorMessages.INTERRUPTED }));
    if (call.jobId !== undefined && jobs.has(call.jobId)) {
      return Promise.resolve(failureJson({ code: 'CONFLICT', message: '同一编号的任务正在进行' }));
    }
    return new Promise((resolve) => {
      const cancelFlag = call.jobId === undefined ? undefined : newCancelFlag();
      const task: Task = {
        channel,
        jobId: call.jobId,
        cancelFlag,
        resolve,
        message: {
          type: 'call',
          channel,
          input,
          session: call.session,
          asSystem: call.asSystem,
          job:
            call.jobId === undefined
              ? undefined
              : { jobId: call.jobId, cancelFlag: cancelFlag!.buffer as SharedArrayBuffer },
          inputFile: call.inputFile,
          outputPath: call.outputPath,
        },
      };
      if (call.jobId !== undefined) jobs.set(call.jobId, task);
      enqueue(laneOf(channel), task);
    });
  }

  // Every thread loads the core's code at once (two cores: about half the time of one after the
  // other); the readers open the file when the writer has migrated it.
  const writer = spawn('write');
  pump('read');
  pump('long');
  try {
    await writer.started;
  } catch (error) {
    closing = true;
    await Promise.all([...threads].map((t) => t.worker.terminate()));
    throw error;
  }

  return {
    events,
    dispatchJson,
    dispatch: async (channel, input, call) => JSON.parse(await dispatchJson(channel, input, call)) as Result<unknown>,
    cancel(jobId) {
      const task = jobs.get(jobId);
      if (!task) return false;
      for (const queue of Object.values(queues)) {
        const index = queue.indexOf(task);
        if (index < 0) continue;
        queue.splice(index, 1);
        jobs.delete(jobId);
        task.resolve(failureJson({ code: 'CANCELLED', message: errorMessages.CANCELLED }));
        return true;
      }
      raiseCancelFlag(task.cancelFlag!);
      return true;
    },
    threads: () =>
      [...threads].map((t) => ({ threadId: t.worker.threadId, lane: t.lane, busyWith: t.running?.channel ?? null })),
    async terminateThread(threadId) {
      const thread = [...threads].find((t) => t.worker.threadId === threadId);
      await thread?.worker.terminate();
    },
    async close() {
      closing = true;
      for (const queue of Object.values(queues)) {
        for (const task of queue.splice(0))
          task.resolve(failureJson({ code: 'INTERRUPTED', message: errorMessages.INTERRUPTED }));
      }
      const byLane = (lane: Lane) => [...threads].filter((t) => t.lane === lane);
      await Promise.all([...byLane('read'), ...byLane('long')].map(closeThread));
      await Promise.all(byLane('write').map(closeThread));
    },
  };
}

/** Asks a thread to close its connection (the writer checkpoints first); ends it if it does not within 10 s. */
function closeThread(thread: Thread): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void thread.worker.terminate(), 10_000);
    thread.worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    thread.worker.postMessage({ type: 'close' } satisfies ToThread);
  });
}
