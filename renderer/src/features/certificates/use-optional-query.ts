import { useQuery } from '@tanstack/react-query';
import type { Channel, Input, Output } from '../../../../shared/contract';
import type { ApiError, ChannelCall } from '../../api/client';

/** A query that waits until its input is complete (a cohort chosen, a template picked). */
export function useOptionalQuery<C extends Channel>(call: ChannelCall<C>, input: Input<C> | null) {
  return useQuery<Output<C>, ApiError>({ queryKey: [call.channel, input], queryFn: () => call(input!), enabled: input !== null });
}
