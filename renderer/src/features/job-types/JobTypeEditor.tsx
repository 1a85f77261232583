import {
  Checkbox,
  Group,
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { defaultGradeRows, jobTypeInputOf, type JobTypeDetail, type JobTypeInput } from '@shared/contract/job-types';
import { ruleSetIds, ruleSets } from '@shared/domain/eligibility';
import { defaultPassMark } from '@shared/domain/cohorts/marks';
import { gradeLabel, grades, gradeStep, type Grade } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RouteOverrides } from './RouteOverrides';
import { ModalActions } from '../../components/ModalActions';

/** Adds (id null) or edits a job type: code, grades with hours and exam parts, related occupations, route adjustments. */
export function JobTypeEditor({ id, onClose }: { id: string | null; onClose: () => void }) {
  return id === null ? <EditorForm detail={null} onClose={onClose} /> : <ExistingJobType id={id} onClose={onClose} />;
}

function ExistingJobType({ id, onClose }: { id: string; onClose: () => void }) {
  const detail = useApiQuery(api.jobTypes.get, { id });
  if (detail.data) return <EditorForm detail={detail.data} onClose={onClose} />;
  return (
    <Modal opened onClose={onClose} title="编辑工种">
      {detail.error ? <Text c="red">{detail.error.message}</Text> : <Loader />}
    </Modal>
  );
}

type GradeRow = JobTypeInput['grades'][number];

function EditorForm({ detail, onClose }: { detail: JobTypeDetail | null; onClose: () => void }) {
  const [form, setForm] = useState<JobTypeInput>(() =>
    detail
      ? jobTypeInputOf(detail)
      : {
          code: '',
          name: '',
          industry: '',
          ruleSet: 'A',
          grades: defaultGradeRows(120),
          relatedIds: [],
          ruleOverrides: {},
        },
  );
  const all = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const save = useApiMutation(api.jobTypes.save);
  const set = (patch: Partial<JobTypeInput>) => setForm((f) => ({ ...f, ...patch }));
  const rowOf = (grade: Grade) => form.grades.find((g) => g.grade === grade);
  const setRow = (grade: Grade, patch: Partial<GradeRow>) =>
    set({ grades: form.grades.map((g) => (g.grade === grade ? { ...g, ...patch } : g)) });
  const toggle = (grade: Grade, on: boolean) =>
    set({
      grades: on
        ? [...form.grades, defaultGradeRows(120).find((g) => g.grade === grade)!].sort((a, b) => b.grade - a.grade)
        : form.grades.filter((g) => g.grade !== grade),
    });
  const num = (value: number | string) => (value === '' ? null : Number(value));

  const submit = () =>
    save.mutate(form, {
      onSuccess: (saved) => {
        notifyDone(`已保存“${saved.name}”`);
        onClose();
      },
      onError: notifyFailed,
    });

  return (
    <Modal opened onClose={onClose} title={detail ? `编辑工种：${detail.name}` : '新增工种'} size="xl">
      <SimpleGrid cols={4}>
        <TextInput
          label="职业编码"
          placeholder="6-31-01-03"
          value={form.code}
          onChange={(e) => set({ code: e.currentTarget.value })}
          required
        />
        <TextInput label="工种名称" value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} required />
        <TextInput
          label="行业"
          value={form.industry ?? ''}
          onChange={(e) => set({ industry: e.currentTarget.value })}
        />
        <Select
          label="申报条件规则"
          data={ruleSetIds.map((r) => ({ value: r, label: `${r}：${ruleSets[r].title}` }))}
          value={form.ruleSet ?? 'A'}
          onChange={(value) => value && set({ ruleSet: value as JobTypeInput['ruleSet'], ruleOverrides: {} })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Table mt="md" aria-label="等级设置">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>等级</Table.Th>
            <Table.Th>培训学时</Table.Th>
            <Table.Th>理论合格线</Table.Th>
            <Table.Th>实操合格线</Table.Th>
            <Table.Th>综合评审合格线</Table.Th>
            <Table.Th>权重（理论/实操/评审，%）</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grades.map((grade) => {
            const row = rowOf(grade);
            const label = gradeLabel(grade);
            return (
              <Table.Tr key={grade}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Checkbox
                    label={label}
                    checked={row !== undefined}
                    onChange={(e) => toggle(grade, e.currentTarget.checked)}
                  />
                </Table.Td>
                {row ? (
                  <>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${label}培训学时`}
                        min={0}
                        value={row.trainingHours}
                        onChange={(v) => setRow(grade, { trainingHours: Number(v) })}
                        w={90}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${label}理论合格线`}
                        min={0}
                        max={100}
                        value={row.theoryPassMark ?? defaultPassMark}
                        onChange={(v) => setRow(grade, { theoryPassMark: Number(v) })}
                        w={80}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${label}实操合格线`}
                        min={0}
                        max={100}
                        value={row.practicalPassMark ?? defaultPassMark}
                        onChange={(v) => setRow(grade, { practicalPassMark: Number(v) })}
                        w={80}
                      />
                    </Table.Td>
                    <Table.Td>
                      {gradeStep(grade).hasReview ? (
                        <NumberInput
                          aria-label={`${label}综合评审合格线`}
                          min={0}
                          max={100}
                          value={row.reviewPassMark ?? ''}
                          onChange={(v) => setRow(grade, { reviewPassMark: num(v) })}
                          w={80}
                        />
                      ) : (
                        <Text size="sm" c="dimmed">
                          不设
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <NumberInput
                          aria-label={`${label}理论权重`}
                          placeholder="—"
                          value={row.theoryWeight ?? ''}
                          onChange={(v) => setRow(grade, { theoryWeight: num(v) })}
                          w={64}
                        />
                        <NumberInput
                          aria-label={`${label}实操权重`}
                          placeholder="—"
                          value={row.practicalWeight ?? ''}
                          onChange={(v) => setRow(grade, { practicalWeight: num(v) })}
                          w={64}
                        />
                        {gradeStep(grade).hasReview && (
                          <NumberInput
                            aria-label={`${label}评审权重`}
                            placeholder="—"
                            value={row.reviewWeight ?? ''}
                            onChange={(v) => setRow(grade, { reviewWeight: num(v) })}
                            w={64}
                          />
                        )}
                      </Group>
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      本工种不设此等级
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <MultiSelect
        mt="md"
        label="相关职业（其等级证书在申报本工种时同样有效）"
        searchable
        data={(all.data ?? [])
          .filter((j) => j.id !== detail?.id)
          .map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
        value={form.relatedIds ?? []}
        onChange={(relatedIds) => set({ relatedIds })}
      />
      <RouteOverrides form={form} onChange={(ruleOverrides) => set({ ruleOverrides })} />
      <ModalActions onCancel={onClose} onConfirm={submit} loading={save.isPending} />
    </Modal>
  );
}
