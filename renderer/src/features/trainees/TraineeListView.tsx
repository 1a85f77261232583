import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhoto, IconSearch, IconUpload, IconUserPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { SetURLSearchParams } from 'react-router';
import type { TraineeFilter } from '@shared/contract/trainees/filter';
import type { TraineeRow } from '@shared/contract/trainees';
import { gradeSteps, grades } from '@shared/domain/grades';
import { districtNames, educationLevels } from '@shared/domain/places';
import { enrollBatchLimit } from '@shared/contract/cohorts/enrollments';
import { api } from '../../api/client';
import { notifyFailed } from '../../components/notify';
import { useApiQuery } from '../../api/hooks';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { EnterpriseSelect } from '../enterprises/EnterpriseSelect';
import { ExportDialog } from './ExportDialog';
import { ImportWizard } from './import/ImportWizard';
import { filterFromParams, paramsFromFilter } from './list-filter';
import { PhotoZipDialog } from './PhotoZipDialog';
import { SelectionBar } from './SelectionBar';
import { TraineeForm } from './TraineeForm';

const columns: VirtualColumn<TraineeRow>[] = [
  { key: 'name', header: '姓名', width: 90, render: (r) => r.name },
  { key: 'sex', header: '性别', width: 50, render: (r) => (r.sex === 'male' ? '男' : '女') },
  { key: 'birth', header: '出生年份', width: 80, render: (r) => r.birthYear },
  {
    key: 'id',
    header: '身份证号',
    width: 175,
    render: (r) => <span style={{ fontFamily: 'monospace' }}>{r.idMasked}</span>,
  },
  {
    key: 'phone',
    header: '手机号',
    width: 115,
    render: (r) => <span style={{ fontFamily: 'monospace' }}>{r.phoneMasked}</span>,
  },
  { key: 'education', header: '文化程度', width: 80, render: (r) => r.education },
  { key: 'enterprise', header: '工作单位', width: 'minmax(160px, 1fr)', render: (r) => r.enterpriseName },
  { key: 'job', header: '岗位', width: 100, render: (r) => r.jobTitle },
  {
    key: 'photo',
    header: '照片',
    width: 56,
    render: (r) =>
      r.hasPhoto ? (
        <Badge size="xs" color="teal">
          有
        </Badge>
      ) : (
        <Badge size="xs" color="gray">
          无
        </Badge>
      ),
  },
];

/** Selected trainee ids under the filter they were chosen in; another filter means nothing is selected. */
export interface TraineeSelection {
  filterKey: string;
  ids: ReadonlySet<string>;
}

interface Props {
  params: URLSearchParams;
  setParams: SetURLSearchParams;
  onOpen: (id: string) => void;
  selection: TraineeSelection;
  onSelectionChange: (selection: TraineeSelection) => void;
}

export function TraineeListView({ params, setParams, onOpen, selection, onSelectionChange }: Props) {
  const filter = filterFromParams(params);
  const filterKey = new URLSearchParams(paramsFromFilter(filter)).toString();
  const selected = selection.filterKey === filterKey ? selection.ids : new Set<string>();
  const select = (ids: ReadonlySet<string>) => onSelectionChange({ filterKey, ids });
  const [searchText, setSearchText] = useState(filter.search);
  const [search] = useDebouncedValue(searchText, 250);
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const [dialog, setDialog] = useState<'create' | 'import' | 'export' | 'photos' | null>(null);
  const setFilter = useCallback(
    (patch: Partial<TraineeFilter>) => setParams(paramsFromFilter({ ...filterFromParams(params), ...patch })),
    [params, setParams],
  );

  useEffect(() => {
    if (search !== filter.search) setFilter({ search });
  }, [search, filter.search, setFilter]);

  const list = useInfiniteQuery({
    queryKey: [api.trainees.list.channel, filter],
    initialPageParam: null as { pinyin: string; id: string } | null,
    queryFn: ({ pageParam }) => api.trainees.list({ filter, after: pageParam, limit: 200 }),
    getNextPageParam: (page) => page.next,
  });
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  const count = useApiQuery(api.trainees.count, { filter });
  const total = count.data?.total ?? null;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const allSelected = total !== null && total > 0 && selected.size === total;
  // Select all means every trainee the filter finds, not only the pages loaded so far.
  const toggleAll = async () => {
    if (allSelected) return select(new Set());
    const tooMany = `符合条件的学员共 ${total?.toLocaleString('zh-CN') ?? '?'} 人，一次最多全选 ${enrollBatchLimit.toLocaleString('zh-CN')} 人，请先按企业、区县等条件筛选`;
    if (total === null || total > enrollBatchLimit) return notifyFailed(tooMany);
    try {
      const matching = await api.trainees.matchingIds({ filter, limit: enrollBatchLimit });
      if (matching.truncated) notifyFailed(tooMany);
      else select(new Set(matching.ids));
    } catch (error) {
      notifyFailed(error);
    }
  };
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="baseline">
          <Title order={2}>学员</Title>
          <Text c="dimmed" size="sm" data-testid="trainee-total">
            {total === null ? '正在统计…' : `共 ${total.toLocaleString('zh-CN')} 人`}
          </Text>
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog('create')}>
            新增学员
          </Button>
          <Button variant="light" leftSection={<IconUpload size={16} />} onClick={() => setDialog('import')}>
            导入 Excel
          </Button>
          <Button variant="light" onClick={() => setDialog('export')}>
            导出名单
          </Button>
          <Button variant="light" leftSection={<IconPhoto size={16} />} onClick={() => setDialog('photos')}>
            一寸照
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput
          aria-label="搜索学员"
          w={300}
          leftSection={<IconSearch size={16} />}
          placeholder="姓名、拼音（zs / zhangsan）、身份证号或手机号片段、企业"
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
        />
        <EnterpriseSelect
          w={220}
          placeholder="全部企业"
          value={filter.enterpriseId || null}
          onChange={(id) => setFilter({ enterpriseId: id ?? '' })}
        />
        <Select
          aria-label="区县"
          w={150}
          placeholder="全部区县"
          clearable
          data={[...districtNames]}
          value={filter.district || null}
          onChange={(v) => setFilter({ district: v ?? '' })}
        />
        <Select
          aria-label="文化程度"
          w={120}
          placeholder="文化程度"
          clearable
          data={[...educationLevels]}
          value={filter.education || null}
          onChange={(v) => setFilter({ education: v ?? '' })}
        />
        <Select
          aria-label="持有工种"
          w={180}
          placeholder="持有工种"
          clearable
          searchable
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
          value={filter.jobTypeId || null}
          onChange={(v) => setFilter({ jobTypeId: v ?? '' })}
        />
        <Select
          aria-label="持有等级"
          w={150}
          placeholder="持有等级"
          clearable
          data={grades.map((g) => ({
            value: String(g),
            label: `${gradeSteps.find((s) => s.grade === g)!.level}/${gradeSteps.find((s) => s.grade === g)!.title}`,
          }))}
          value={filter.grade === null ? null : String(filter.grade)}
          onChange={(v) => setFilter({ grade: v ? Number(v) : null })}
        />
      </Group>
      {selected.size > 0 && <SelectionBar traineeIds={[...selected]} onClear={() => select(new Set())} />}
      <VirtualTable
        label="学员列表"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        height={selected.size > 0 ? 'calc(100vh - 278px)' : 'calc(100vh - 230px)'}
        onEndReached={loadMore}
        onRowClick={(r) => onOpen(r.id)}
        selection={{
          selected,
          onChange: select,
          rowLabel: (r) => r.name,
          all: { checked: allSelected, onToggle: () => void toggleAll() },
        }}
        empty={
          <Text c="dimmed">
            {list.isLoading ? '正在读取…' : list.error ? list.error.message : '没有符合条件的学员'}
          </Text>
        }
      />
      {dialog === 'create' && <TraineeForm onClose={() => setDialog(null)} onSaved={onOpen} />}
      {dialog === 'import' && <ImportWizard onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportDialog filter={filter} total={total} onClose={() => setDialog(null)} />}
      {dialog === 'photos' && <PhotoZipDialog filter={filter} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
