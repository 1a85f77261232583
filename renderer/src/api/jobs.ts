import { useCallback, useRef, useState } from 'react';
import { contract, type Channel, type Input, type Output } from '@shared/contract';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { ChannelCall } from './client';
import { transport } from './client';

/** What the progress dialog shows of the running call. */
export interface JobState {
  /** The channel's Chinese title, e.g. 导出学员名单. */
  title: string;
  message: string;
  done: number;
  /** 0 while the call has not said how much there is. */
  total: number;
  cancelling: boolean;
}

export interface JobFiles {
  /** The file picked for a call with `job.upload` (PickFileButton). */
  file?: PickedFile;
  /** For a call with `job.download`: the name the save dialog (Electron) or the download (browser) proposes. */
  saveAs?: string;
}

export type Job = ReturnType<typeof useJob>;

let jobCount = 0;

/**
 * Runs one long call (a contract channel with `job`) with a job id, following its progress
 * events, and cancels it on request. Show it with <JobProgressDialog job={job} />.
 */
export function useJob() {
  const [state, setState] = useState<JobState | null>(null);
  const running = useRef<string | null>(null);

  const run = useCallback(
    async <C extends Channel>(call: ChannelCall<C>, input: Input<C>, files: JobFiles = {}): Promise<Output<C>> => {
      const jobId = `job-${Date.now().toString(36)}-${jobCount++}`;
      running.current = jobId;
      setState({
        title: contract[call.channel].title,
        message: `正在${contract[call.channel].title}…`,
        done: 0,
        total: 0,
        cancelling: false,
      });
      const unsubscribe = transport.onEvent((event) => {
        if (event.name !== 'job.progress' || event.payload.jobId !== jobId) return;
        const { done, total, message } = event.payload;
        setState((current) => current && { ...current, done, total, message });
      });
      try {
        return await call.withOptions(input, {
          jobId,
          fileId: files.file?.id,
          saveAs: files.saveAs === undefined ? undefined : { suggestedName: files.saveAs },
        });
      } finally {
        unsubscribe();
        running.current = null;
        setState(null);
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    void transport.cancel(running.current);
    setState((current) => current && { ...current, cancelling: true, message: '正在取消，已做的改动将全部撤回…' });
  }, []);

  return { state, run, cancel };
}
