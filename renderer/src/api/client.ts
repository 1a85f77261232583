import { channels, type Channel, type Input, type Output } from '@shared/contract';
import type { CallOptions } from '@shared/contract/infra/bridge';
import type { AppErrorPayload } from '@shared/errors';
import { reportSessionProblem, sessionToken } from './session';
import { chooseTransport } from './transport';

/** A failed call, as the core described it: a code and a Chinese message for the user. */
export class ApiError extends Error {
  constructor(readonly payload: AppErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

export interface ChannelCall<C extends Channel> {
  (input: Input<C>): Promise<Output<C>>;
  /** The same call with a job id, a picked file or a save-as name (the long calls: see jobs.ts). */
  withOptions(input: Input<C>, options: CallOptions): Promise<Output<C>>;
  readonly channel: C;
}

type AreaOf<C> = C extends `${infer Area}.${string}` ? Area : never;
type ActionOf<C, Area extends string> = C extends `${Area}.${infer Action}` ? Action : never;

/** `api.settings.getBaseProfile({})`: every channel of the contract, typed, and nothing else. */
export type Api = {
  [Area in AreaOf<Channel>]: { [C in Channel as ActionOf<C, Area>]: ChannelCall<C> };
};

export const transport = chooseTransport();

function makeCall<C extends Channel>(channel: C): ChannelCall<C> {
  const withOptions = async (input: Input<C>, options?: CallOptions) => {
    // Every call carries the window's session: the core refuses any without a valid one.
    const result = await transport.invoke(channel, input, { ...options, session: sessionToken() });
    if (!result.ok) {
      reportSessionProblem(result.error.code);
      throw new ApiError(result.error);
    }
    return result.value as Output<C>;
  };
  return Object.assign((input: Input<C>) => withOptions(input), { channel, withOptions });
}

function buildApi(): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [area, action] = channel.split('.') as [string, string];
    (api[area] ??= {})[action] = makeCall(channel);
  }
  return api as Api;
}

export const api = buildApi();
