import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '../api/jobs';

/**
 * The dialog of a long call: what is being done, a determinate bar once the call has said how
 * much there is, and 取消, which rolls a change back whole or leaves no file behind.
 */
export function JobProgressDialog({ job }: { job: Job }) {
  const { state } = job;
  if (!state) return null;
  const percent = state.total > 0 ? Math.min(100, (state.done / state.total) * 100) : null;
  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={state.title}
      centered
      zIndex={400}
    >
      <Stack>
        <Text size="sm" aria-live="polite">
          {state.message}
        </Text>
        <Progress.Root size="lg" transitionDuration={150}>
          {/* Until the call says how much there is, the bar is indeterminate and claims no value. */}
          <Progress.Section
            value={percent ?? 100}
            animated={percent === null}
            striped={percent === null}
            withAria={false}
            role="progressbar"
            aria-label={`${state.title}进度`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent === null ? undefined : Math.floor(percent)}
            aria-valuetext={percent === null ? '正在统计' : `${Math.floor(percent)}%`}
          />
        </Progress.Root>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {percent === null ? '正在统计…' : `${Math.floor(percent)}%`}
          </Text>
          <Button variant="default" onClick={job.cancel} loading={state.cancelling}>
            取消
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
