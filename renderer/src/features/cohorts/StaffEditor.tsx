import { ActionIcon, Autocomplete, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Dispatch, SetStateAction } from 'react';
import type { StaffMember } from '@shared/contract/cohorts/cohorts';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

/** A row of the form: `personId` is set when it names someone already on record. */
export type StaffDraft = Omit<StaffMember, 'personId'> & { personId?: string };

const roles = [
  { value: 'instructor', label: '讲师' },
  { value: 'mentor', label: '师傅' },
];

/** Instructors and mentors of a cohort; typing a name offers the people already on record. */
export function StaffEditor({
  staff,
  onChange,
}: {
  staff: StaffDraft[];
  onChange: Dispatch<SetStateAction<StaffDraft[]>>;
}) {
  // Functional updates: picking a person patches the row twice in one event (the person, then the name).
  const edit = (index: number, patch: (row: StaffDraft) => StaffDraft) =>
    onChange((rows) => rows.map((s, i) => (i === index ? patch(s) : s)));
  return (
    <Stack gap={6} mt="sm">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          讲师与师傅
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange((rows) => [...rows, { name: '', title: '', phone: '', role: 'instructor' }])}
        >
          添加讲师/师傅
        </Button>
      </Group>
      {staff.length === 0 && (
        <Text size="sm" c="dimmed">
          未添加
        </Text>
      )}
      {staff.map((member, i) => (
        <StaffRow
          key={i}
          index={i}
          member={member}
          onChange={(patch) => edit(i, patch)}
          onRemove={() => onChange((rows) => rows.filter((_, j) => j !== i))}
        />
      ))}
    </Stack>
  );
}

function StaffRow({
  index,
  member,
  onChange,
  onRemove,
}: {
  index: number;
  member: StaffDraft;
  onChange: (patch: (row: StaffDraft) => StaffDraft) => void;
  onRemove: () => void;
}) {
  const [q] = useDebouncedValue(member.name, 200);
  const people = useApiQuery(api.cohorts.people, { q });
  const known = people.data ?? [];
  const titleOf = (name: string) => known.find((p) => p.name === name)?.title;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <Select
        aria-label={`第 ${index + 1} 位的角色`}
        w={90}
        data={roles}
        value={member.role}
        allowDeselect={false}
        onChange={(v) => v && onChange((row) => ({ ...row, role: v as StaffDraft['role'] }))}
      />
      <Autocomplete
        aria-label={`第 ${index + 1} 位的姓名`}
        placeholder="姓名"
        w={180}
        data={[...new Set(known.map((p) => p.name))]}
        renderOption={({ option }) =>
          titleOf(option.value) ? `${option.value}（${titleOf(option.value)}）` : option.value
        }
        value={member.name}
        // Typing another name makes a new person; picking from the list links the one on record.
        onChange={(name) => onChange((row) => (row.name === name ? row : { ...row, name, personId: undefined }))}
        onOptionSubmit={(name) => {
          const person = known.find((p) => p.name === name);
          if (person)
            onChange((row) => ({
              ...row,
              personId: person.id,
              name: person.name,
              title: person.title,
              phone: person.phone,
            }));
        }}
      />
      <TextInput
        aria-label={`第 ${index + 1} 位的称号`}
        placeholder="称号：劳模/工匠/技术能手"
        w={200}
        value={member.title}
        onChange={(e) => {
          const title = e.currentTarget.value;
          onChange((row) => ({ ...row, title }));
        }}
      />
      <TextInput
        aria-label={`第 ${index + 1} 位的电话`}
        placeholder="电话"
        w={150}
        value={member.phone}
        onChange={(e) => {
          const phone = e.currentTarget.value;
          onChange((row) => ({ ...row, phone }));
        }}
      />
      <ActionIcon variant="subtle" color="red" mb={4} aria-label={`删除第 ${index + 1} 位`} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
