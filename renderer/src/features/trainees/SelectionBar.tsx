import { Button, Group, Paper, Text } from '@mantine/core';
import { enrollBatchLimit } from '@shared/contract/cohorts/enrollments';
import { EnrollIntoCohortButton } from '../cohorts/EnrollIntoCohortButton';

/** "已选 N 人" with what can be done to the selected trainees (the trainee list, the eligible search). */
export function SelectionBar({ traineeIds, onClear }: { traineeIds: string[]; onClear: () => void }) {
  return (
    <Paper withBorder px="sm" py={6} bg="blue.0" data-testid="trainee-selection">
      <Group gap="sm">
        <Text size="sm" fw={600}>
          已选 {traineeIds.length.toLocaleString('zh-CN')} 人
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={onClear}>
          清除
        </Button>
        {traineeIds.length > enrollBatchLimit ? (
          <Text size="sm" c="orange">
            一次最多加入培训班 {enrollBatchLimit.toLocaleString('zh-CN')} 人，请缩小选择
          </Text>
        ) : (
          <EnrollIntoCohortButton traineeIds={traineeIds} onEnrolled={onClear} />
        )}
      </Group>
    </Paper>
  );
}
