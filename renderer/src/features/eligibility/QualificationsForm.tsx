import { ActionIcon, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { schoolStatusLabels, type Qualifications } from '@shared/contract/eligibility';
import {
  schoolKindLabels,
  schoolKinds,
  titleLabels,
  titleLevels,
  type SchoolKind,
  type TitleLevel,
} from '@shared/domain/eligibility';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

type Schooling = Qualifications['schooling'][number];
type Status = Schooling['status'];

const options = <K extends string>(labels: Record<K, string>, keys: readonly K[]) =>
  keys.map((key) => ({ value: key, label: labels[key] }));
const schoolOptions = options(schoolKindLabels, schoolKinds);
const statusOptions = options(schoolStatusLabels, ['graduated', 'finalYear', 'enrolled'] as const);
const titleOptions = options(titleLabels, titleLevels);

/** Edits the facts the application conditions ask beside certificates: schooling, 职称, 学徒期满. */
export function QualificationsForm({
  traineeId,
  initial,
  onClose,
}: {
  traineeId: string;
  initial: Qualifications;
  onClose: () => void;
}) {
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const jobTypeOptions = (jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }));
  const save = useApiMutation(api.eligibility.saveQualifications);
  const [facts, setFacts] = useState(initial);
  const edit = <K extends keyof Qualifications>(key: K, index: number, patch: Partial<Qualifications[K][number]>) =>
    setFacts((f) => ({ ...f, [key]: f[key].map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) }));
  const add = <K extends keyof Qualifications>(key: K, entry: Qualifications[K][number]) =>
    setFacts((f) => ({ ...f, [key]: [...f[key], entry] }));
  const remove = (key: keyof Qualifications, index: number) =>
    setFacts((f) => ({ ...f, [key]: f[key].filter((_, i) => i !== index) }));

  const submit = () =>
    save.mutate(
      { traineeId, qualifications: facts },
      {
        onSuccess: () => {
          notifyDone('已保存学历、职称与学徒经历');
          onClose();
        },
        onError: notifyFailed,
      },
    );

  return (
    <Modal opened onClose={onClose} title="学历、职称与学徒经历" size="56rem">
      <Stack gap="lg">
        <Section
          title="学历"
          hint="所学专业与哪些工种对口（本专业或相关专业），由经办人核实后勾选；未勾选的工种按“未核实”处理。"
          onAdd={() =>
            add('schooling', { kind: 'technicalSchool', status: 'graduated', major: '', matchingJobTypeIds: [] })
          }
          addLabel="添加学历"
        >
          {facts.schooling.map((s, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label="学校类别"
                w={230}
                data={schoolOptions}
                value={s.kind}
                allowDeselect={false}
                onChange={(v) => v && edit('schooling', i, { kind: v as SchoolKind })}
              />
              <Select
                label="状态"
                w={120}
                data={statusOptions}
                value={s.status}
                allowDeselect={false}
                onChange={(v) => v && edit('schooling', i, { status: v as Status })}
              />
              <TextInput
                label="专业"
                w={150}
                value={s.major}
                onChange={(e) => edit('schooling', i, { major: e.currentTarget.value })}
              />
              <MultiSelect
                label="对口工种"
                style={{ flex: 1 }}
                searchable
                data={jobTypeOptions}
                value={s.matchingJobTypeIds}
                onChange={(ids) => edit('schooling', i, { matchingJobTypeIds: ids })}
              />
              <RemoveButton label={`删除第 ${i + 1} 条学历`} onClick={() => remove('schooling', i)} />
            </Group>
          ))}
        </Section>
        <Section
          title="职称"
          hint="部分工种（2023 年版规程）可凭职称申报。"
          onAdd={() => add('titles', { level: 'junior', name: '', obtainedOn: '' })}
          addLabel="添加职称"
        >
          {facts.titles.map((t, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label="级别"
                w={140}
                data={titleOptions}
                value={t.level}
                allowDeselect={false}
                onChange={(v) => v && edit('titles', i, { level: v as TitleLevel })}
              />
              <TextInput
                label="职称名称"
                w={200}
                placeholder="如 助理工程师"
                value={t.name}
                onChange={(e) => edit('titles', i, { name: e.currentTarget.value })}
              />
              <TextInput
                label="取得日期"
                w={140}
                placeholder="YYYY-MM-DD"
                value={t.obtainedOn}
                onChange={(e) => edit('titles', i, { obtainedOn: e.currentTarget.value })}
              />
              <RemoveButton label={`删除第 ${i + 1} 条职称`} onClick={() => remove('titles', i)} />
            </Group>
          ))}
        </Section>
        <Section
          title="学徒期满"
          hint="在本职业或相关职业学徒期满，可申报五级。"
          onAdd={() => add('apprenticeships', { jobTypeId: '', completedOn: '' })}
          addLabel="添加学徒经历"
        >
          {facts.apprenticeships.map((a, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <Select
                label="学徒工种"
                w={300}
                searchable
                data={jobTypeOptions}
                value={a.jobTypeId || null}
                onChange={(v) => edit('apprenticeships', i, { jobTypeId: v ?? '' })}
              />
              <TextInput
                label="期满日期"
                w={140}
                placeholder="YYYY-MM-DD"
                value={a.completedOn}
                onChange={(e) => edit('apprenticeships', i, { completedOn: e.currentTarget.value })}
              />
              <RemoveButton label={`删除第 ${i + 1} 条学徒经历`} onClick={() => remove('apprenticeships', i)} />
            </Group>
          ))}
        </Section>
      </Stack>
      <ModalActions onCancel={onClose} onConfirm={submit} loading={save.isPending} />
    </Modal>
  );
}

function Section({
  title,
  hint,
  onAdd,
  addLabel,
  children,
}: {
  title: string;
  hint: string;
  onAdd: () => void;
  addLabel: string;
  children: ReactNode[];
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{title}</Title>
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          未登记
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" mb={4} aria-label={label} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
