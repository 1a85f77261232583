import type { AppEvent, AppEvents, EventName } from '@shared/contract/infra/events';

export interface EventHub {
  emit<N extends EventName>(name: N, payload: AppEvents[N]): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    emit(name, payload) {
      const event = { name, payload } as AppEvent;
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
