import type { AppEvents } from '@shared/contract/infra/events';
import { AppError } from '@shared/errors';
import type { JobControl } from './context';

/** A call's job: its id and the flag the host raises to cancel it. */
export interface CallJob {
  jobId: string;
  /**
   * One Int32 on a SharedArrayBuffer that the host thread sets to 1. A handler in a synchronous
   * transaction cannot receive a message, but it can read shared memory between two rows.
   */
  cancelFlag: Int32Array | null;
}

/** Progress events at most this often: a 50,000-row commit would otherwise post 50,000 messages. */
const progressIntervalMs = 100;

export const noJob: JobControl = { progress: () => {}, checkCancelled: () => {} };

export function createJobControl(job: CallJob, emit: (progress: AppEvents['job.progress']) => void): JobControl {
  let lastSent = -Infinity;
  return {
    progress(done, total, message) {
      const now = performance.now();
      if (now - lastSent < progressIntervalMs && done < total) return;
      lastSent = now;
      emit({ jobId: job.jobId, done, total, message });
    },
    checkCancelled() {
      if (job.cancelFlag && Atomics.load(job.cancelFlag, 0) === 1) throw new AppError('CANCELLED');
    },
  };
}

export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function raiseCancelFlag(flag: Int32Array) {
  Atomics.store(flag, 0, 1);
}
