/** Events the main process pushes to the renderer, by name, with their payloads (JSON-safe). */
export interface AppEvents {
  /** A mutation committed: screens showing data of that area refetch. */
  'data.changed': { channel: string; recordIds: string[] };
  /** Progress of long work (imports, exports, batch printing). */
  'job.progress': { jobId: string; done: number; total: number; message: string };
  /** A core thread died and a fresh one took its place: the screen says so, in Chinese. */
  'core.restarted': { message: string };
}

export type EventName = keyof AppEvents;
export type AppEvent = { [N in EventName]: { name: N; payload: AppEvents[N] } }[EventName];
