import { notifyDone, notifyFailed } from '../../components/notify';
import { Modal, Radio, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { TraineeFilter } from '@shared/contract/trainees/filter';
import { api } from '../../api/client';
import { useJob } from '../../api/jobs';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { ModalActions } from '../../components/ModalActions';

/** Export of the filtered list; the choice of masked or full IDs is written to the audit log. */
export function ExportDialog({
  filter,
  total,
  onClose,
}: {
  filter: TraineeFilter;
  total: number | null;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'masked' | 'full'>('masked');
  const job = useJob();
  const run = async () => {
    try {
      const file = await job.run(
        api.trainees.export,
        { filter, fullIds: mode === 'full' },
        { saveAs: `学员名单-${dayjs().format('YYYY-MM-DD')}.xlsx` },
      );
      notifyDone(`${file.rows.toLocaleString('zh-CN')} 名学员已导出到 ${file.fileName}`, '已导出');
      onClose();
    } catch (error) {
      notifyFailed(error);
    }
  };
  return (
    <Modal opened onClose={onClose} title="导出学员名单">
      <JobProgressDialog job={job} />
      <Stack>
        <Text size="sm">
          按当前搜索与筛选导出{total === null ? '' : ` ${total.toLocaleString('zh-CN')} 名学员`}，Excel 与 WPS
          均可打开，身份证号列为文本格式。
        </Text>
        <Radio.Group value={mode} onChange={(v) => setMode(v as 'masked' | 'full')} label="身份证号与手机号">
          <Stack gap="xs" mt="xs">
            <Radio value="masked" label="遮蔽（350582********1234），用于一般报送" />
            <Radio value="full" label="完整号码，用于鉴定报名等必须完整号码的用途（将记入操作日志）" />
          </Stack>
        </Radio.Group>
        <ModalActions onCancel={onClose} onConfirm={() => void run()} confirm="导出" loading={job.state !== null} />
      </Stack>
    </Modal>
  );
}
