import { Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import {
  defaultColumns,
  rosterColumnKeys,
  rosterColumnLabels,
  type RosterColumn,
  type RosterKind,
  type RosterOrder,
} from '@shared/contract/cohorts/rosters';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';

/** Exports the sign-up or results roster; the column set and order can be saved per agency. */
export function RosterTab({ cohort }: { cohort: CohortDetail }) {
  const templates = useApiQuery(api.cohorts.rosterTemplates, {});
  const saveTemplate = useApiMutation(api.cohorts.saveRosterTemplate);
  const [kind, setKind] = useState<RosterKind>(
    cohort.stage === 'appraised' || cohort.stage === 'closed' ? 'results' : 'signup',
  );
  const [orderBy, setOrderBy] = useState<RosterOrder>('enrollment');
  const [columns, setColumns] = useState<RosterColumn[]>([...defaultColumns[kind]]);
  const [preparer, setPreparer] = useState('');
  const [agency, setAgency] = useState('');
  const [busy, setBusy] = useState(false);

  const switchKind = (next: RosterKind) => {
    setKind(next);
    setColumns([...defaultColumns[next]]);
  };
  const run = async (what: 'exportRoster' | 'exportRosterPdf' | 'exportSubmission') => {
    setBusy(true);
    try {
      const input = { cohortId: cohort.id, kind, orderBy, columns, preparer };
      const file =
        what === 'exportSubmission'
          ? await api.cohorts.exportSubmission(input)
          : { ...(await api.cohorts[what](input)), missingPhotos: 0 };
      downloadBase64(file.fileName, file.base64, file.mimeType);
      if (file.missingPhotos > 0)
        notifyFailed(new Error(`${file.missingPhotos} 人没有一寸照；材料包里的“说明.txt”列出了他们`));
    } catch (error) {
      notifyFailed(error as Error);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (column: RosterColumn, on: boolean) =>
    setColumns(
      on ? rosterColumnKeys.filter((k) => k === column || columns.includes(k)) : columns.filter((c) => c !== column),
    );
  const move = (column: RosterColumn, step: -1 | 1) => {
    const i = columns.indexOf(column);
    const j = i + step;
    if (j < 0 || j >= columns.length) return;
    const next = [...columns];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setColumns(next);
  };

  return (
    <Stack>
      <Group>
        <SegmentedControl
          value={kind}
          onChange={(v) => switchKind(v as RosterKind)}
          data={[
            { value: 'signup', label: '报名花名册' },
            { value: 'results', label: '成绩花名册' },
          ]}
        />
        <SegmentedControl
          value={orderBy}
          onChange={(v) => setOrderBy(v as RosterOrder)}
          data={[
            { value: 'enrollment', label: '按报名顺序' },
            { value: 'idNumber', label: '按身份证号' },
          ]}
        />
        <TextInput
          placeholder="制表人"
          value={preparer}
          onChange={(e) => setPreparer(e.currentTarget.value)}
          w={120}
          aria-label="制表人"
        />
      </Group>
      <Group>
        <Button loading={busy} onClick={() => void run('exportRoster')}>
          导出 Excel
        </Button>
        <Button loading={busy} variant="default" onClick={() => void run('exportRosterPdf')}>
          导出 PDF（打印）
        </Button>
        <Button loading={busy} variant="default" onClick={() => void run('exportSubmission')}>
          导出报送材料包（花名册 + 一寸照）
        </Button>
      </Group>
      <Text fw={600} fz="sm">
        列与顺序
      </Text>
      <Group gap="xs">
        {columns.map((c) => (
          <Group
            key={c}
            gap={2}
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, padding: '0 4px' }}
          >
            <Button size="compact-xs" variant="subtle" onClick={() => move(c, -1)}>
              ‹
            </Button>
            <Text fz="xs">{rosterColumnLabels[c]}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => move(c, 1)}>
              ›
            </Button>
          </Group>
        ))}
      </Group>
      <Group gap="md">
        {rosterColumnKeys.map((c) => (
          <Checkbox
            key={c}
            size="xs"
            label={rosterColumnLabels[c]}
            checked={columns.includes(c)}
            onChange={(e) => toggle(c, e.currentTarget.checked)}
          />
        ))}
      </Group>
      <Group align="flex-end">
        <TextInput
          label="保存为鉴定机构模板"
          placeholder="鉴定机构名称"
          value={agency}
          onChange={(e) => setAgency(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={!agency.trim()}
          onClick={() =>
            saveTemplate.mutate(
              { agency, kind, columns, orderBy },
              { onSuccess: () => notifyDone('模板已保存'), onError: notifyFailed },
            )
          }
        >
          保存模板
        </Button>
        {templates.data
          ?.filter((t) => t.kind === kind)
          .map((t) => (
            <Button
              key={t.agency}
              variant="light"
              onClick={() => {
                setColumns(t.columns);
                setOrderBy(t.orderBy);
              }}
            >
              {t.agency}
            </Button>
          ))}
      </Group>
    </Stack>
  );
}
