import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, Input, Output } from '@shared/contract';
import type { ApiError, ChannelCall } from './client';
import { transport } from './client';

/** A query that waits until its input is complete (a cohort chosen, a whole ID number typed); null = not yet. */
export function useOptionalQuery<C extends Channel>(call: ChannelCall<C>, input: Input<C> | null) {
  return useQuery<Output<C>, ApiError>({
    queryKey: [call.channel, input],
    queryFn: () => call(input!),
    enabled: input !== null,
  });
}

export function useApiQuery<C extends Channel>(call: ChannelCall<C>, input: Input<C>) {
  return useOptionalQuery(call, input);
}

export function useApiMutation<C extends Channel>(call: ChannelCall<C>) {
  return useMutation<Output<C>, ApiError, Input<C>>({ mutationFn: (input) => call(input) });
}

/**
 * Whatever committed a change (this window, another tab, a long import) marks every cached answer
 * stale; only the queries on screen refetch, so this stays cheap and never shows old data. A core
 * thread that died and was replaced is said in Chinese, and what is on screen is read again.
 */
export function useRefetchOnDataChange() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === 'data.changed') {
          void queryClient.invalidateQueries();
        }
        if (event.name === 'core.restarted') {
          notifications.show({
            color: 'orange',
            title: '后台处理已自动恢复',
            message: event.payload.message,
            autoClose: 15_000,
          });
          void queryClient.invalidateQueries();
        }
      }),
    [queryClient],
  );
}
