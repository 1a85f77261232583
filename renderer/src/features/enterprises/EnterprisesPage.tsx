import { notifyDone, notifyFailed } from '../../components/notify';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { EnterpriseRow } from '@shared/contract/enterprises';
import { districtNames } from '@shared/domain/places';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { EnterpriseForm } from './EnterpriseForm';
import { MergeDialog } from './MergeDialog';

export function EnterprisesPage() {
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText, 250);
  const [district, setDistrict] = useState('');
  const [editing, setEditing] = useState<EnterpriseRow | 'new' | null>(null);
  const [merging, setMerging] = useState<EnterpriseRow | null>(null);
  const list = useApiQuery(api.enterprises.list, { search, district, limit: 1000 });
  const remove = useApiMutation(api.enterprises.delete);
  const onDelete = (row: EnterpriseRow) =>
    remove.mutate(
      { id: row.id },
      {
        onSuccess: () => notifyDone(row.name, '已删除'),
        onError: notifyFailed,
      },
    );
  const columns: VirtualColumn<EnterpriseRow>[] = [
    { key: 'name', header: '企业名称', width: 'minmax(200px, 1fr)', render: (r) => r.name },
    {
      key: 'code',
      header: '统一社会信用代码',
      width: 175,
      render: (r) => <span style={{ fontFamily: 'monospace' }}>{r.creditCode ?? '—'}</span>,
    },
    { key: 'industry', header: '行业', width: 110, render: (r) => r.industry },
    { key: 'district', header: '区县', width: 110, render: (r) => r.district },
    { key: 'contact', header: '联系人', width: 80, render: (r) => r.contactName },
    { key: 'phone', header: '联系电话', width: 120, render: (r) => r.contactPhone },
    { key: 'count', header: '学员数', width: 70, render: (r) => r.traineeCount.toLocaleString('zh-CN') },
    {
      key: 'actions',
      header: '',
      width: 170,
      render: (r) => (
        <Group gap={2} wrap="nowrap">
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)}>
            修改
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => setMerging(r)}>
            合并到…
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(r)}>
            删除
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="baseline">
          <Title order={2}>企业</Title>
          <Text c="dimmed" size="sm">
            {list.data ? `共 ${list.data.total.toLocaleString('zh-CN')} 家` : ''}
          </Text>
        </Group>
        <Button onClick={() => setEditing('new')}>新增企业</Button>
      </Group>
      <Group gap="xs">
        <TextInput
          aria-label="搜索企业"
          w={300}
          leftSection={<IconSearch size={16} />}
          placeholder="企业名称或信用代码"
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
        />
        <Select
          aria-label="区县"
          w={160}
          placeholder="全部区县"
          clearable
          data={[...districtNames]}
          value={district || null}
          onChange={(v) => setDistrict(v ?? '')}
        />
        {list.data && list.data.total > list.data.rows.length && (
          <Text size="sm" c="dimmed">
            显示前 {list.data.rows.length} 家，请用搜索缩小范围
          </Text>
        )}
      </Group>
      <VirtualTable
        label="企业列表"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(r) => r.id}
        height="calc(100vh - 220px)"
        empty={<Text c="dimmed">{list.isLoading ? '正在读取…' : '没有符合条件的企业'}</Text>}
      />
      {editing && (
        <EnterpriseForm existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {merging && <MergeDialog duplicate={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}
