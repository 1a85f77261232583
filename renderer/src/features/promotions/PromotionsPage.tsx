import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  List,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DecisionResult, LedgerFilter, PromotionRow } from '@shared/contract/promotions';
import {
  pathLabels,
  promotionPaths,
  promotionStates,
  stateLabels,
  type PromotionPath,
  type PromotionState,
} from '@shared/domain/promotions/ledger';
import { api } from '../../api/client';
import { useApiQuery, useOptionalQuery } from '../../api/hooks';
import { useJob } from '../../api/jobs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../components/format';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { evidenceText, gradeStepText, stateColors } from './evidence';
import { RecognitionForm } from './RecognitionForm';
import { revocable, RevokeDialog } from './RevokeDialog';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 10 }, (_, i) => String(thisYear - i));

/** The filter lives in the address (#/promotions?state=pending&competitionId=…), so a link opens a competition's proposals. */
function filterOf(params: URLSearchParams): LedgerFilter {
  const state = params.get('state') ?? 'pending';
  return {
    state: state === 'all' ? null : (state as PromotionState),
    path: (params.get('path') as PromotionPath | null) ?? null,
    year: params.get('year') ? Number(params.get('year')) : null,
    jobTypeId: params.get('jobTypeId'),
    competitionId: params.get('competitionId'),
  };
}

type Decision = { kind: 'approve' | 'reject'; ids: string[] };

/**
 * 技能晋升: the ledger of every grade gained (appraisal, competition, recognition). 待审核 records are
 * approved or rejected in a batch by a second person; an approved one is revoked with a reason.
 */
export function PromotionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next);
    setSelected(new Set());
  };
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const competition = useOptionalQuery(
    api.competitions.get,
    filter.competitionId ? { competitionId: filter.competitionId } : null,
  );
  const list = useInfiniteQuery({
    queryKey: [api.promotions.list.channel, filter],
    initialPageParam: null as { createdAt: string; id: string } | null,
    queryFn: ({ pageParam }) => api.promotions.list({ filter, after: pageParam, limit: 200 }),
    getNextPageParam: (page) => page.next,
  });
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const count = useApiQuery(api.promotions.count, { filter });
  const total = count.data?.total ?? null;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [revoking, setRevoking] = useState<PromotionRow | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<DecisionResult['refused']>([]);
  const [recognising, setRecognising] = useState(false);
  const job = useJob();
  const pending = filter.state === 'pending';

  const selectAll = async () => {
    if (selected.size > 0 && selected.size === total) return setSelected(new Set());
    try {
      const all = await api.promotions.pendingIds({ filter });
      if (all.truncated) notifyFailed('待审核的记录超过 5000 条，一次最多选 5000 条，已选最早列出的 5000 条');
      setSelected(new Set(all.ids));
    } catch (error) {
      notifyFailed(error);
    }
  };
  const decide = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      const result =
        deciding.kind === 'approve'
          ? await api.promotions.approve({ ids: deciding.ids })
          : await api.promotions.reject({ ids: deciding.ids, reason });
      notifyDone(
        `已${deciding.kind === 'approve' ? '核准' : '驳回'} ${result.done} 条${result.refused.length ? `，${result.refused.length} 条未处理` : ''}`,
      );
      setRefused(result.refused);
      setSelected(new Set());
      setDeciding(null);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const exportLedger = async () => {
    try {
      const file = await job.run(api.promotions.exportLedger, { filter }, { saveAs: '晋升台账.xlsx' });
      notifyDone(`${file.rows} 条晋升记录已导出到 ${file.fileName}`, '已导出');
    } catch (error) {
      notifyFailed(error);
    }
  };

  const columns: VirtualColumn<PromotionRow>[] = [
    {
      key: 'name',
      header: '姓名',
      width: 90,
      render: (r) => (
        <Anchor href={`#/trainees?id=${r.traineeId}`} size="sm" onClick={(e) => e.stopPropagation()}>
          {r.name}
        </Anchor>
      ),
    },
    {
      key: 'id',
      header: '身份证号',
      width: 190,
      render: (r) => <span style={{ fontFamily: 'monospace' }}>{r.idNumberMasked}</span>,
    },
    { key: 'unit', header: '单位', width: 150, render: (r) => r.enterpriseName || '—' },
    { key: 'jobType', header: '工种', width: 110, render: (r) => r.jobTypeName },
    { key: 'grade', header: '等级', width: 190, render: (r) => gradeStepText(r) },
    { key: 'path', header: '途径', width: 110, render: (r) => pathLabels[r.path] },
    {
      key: 'evidence',
      header: '依据与理由',
      width: 'minmax(300px, 1fr)',
      wrap: true,
      render: (r) => (
        <>
          <div>{r.reason}</div>
          <Text size="xs" c="dimmed">
            {evidenceText(r.evidence)}
          </Text>
        </>
      ),
    },
    {
      key: 'proposed',
      header: '提交',
      width: 150,
      wrap: true,
      render: (r) => (
        <>
          <div>{r.proposedByName}</div>
          <Text size="xs" c="dimmed">
            {formatInstant(r.proposedAt)}
          </Text>
        </>
      ),
    },
    {
      key: 'state',
      header: '状态',
      width: 130,
      wrap: true,
      render: (r) => (
        <>
          <Badge color={stateColors[r.state]} variant="light">
            {stateLabels[r.state]}
          </Badge>
          {r.decidedByName && (
            <Text size="xs" c="dimmed">
              {r.decidedByName}
              {r.state === 'rejected' && r.decisionNote ? `：${r.decisionNote}` : ''}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: '',
      width: 70,
      render: (r) =>
        revocable(r) ? (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={(e) => {
              e.stopPropagation();
              setRevoking(r);
            }}
          >
            撤销
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack gap="sm">
      <JobProgressDialog job={job} />
      <Group justify="space-between">
        <Group gap="xs" align="baseline">
          <Title order={2}>技能晋升</Title>
          <Text c="dimmed" size="sm" data-testid="promotion-total">
            {total === null ? '正在统计…' : `共 ${total.toLocaleString('zh-CN')} 条`}
          </Text>
        </Group>
        <Group gap="xs">
          <Button onClick={() => setRecognising(true)}>登记破格/直接认定</Button>
          <Button variant="light" onClick={() => void exportLedger()}>
            导出台账
          </Button>
        </Group>
      </Group>
      <Group gap="sm">
        <SegmentedControl
          aria-label="状态"
          value={filter.state ?? 'all'}
          onChange={(v) => set('state', v)}
          data={[...promotionStates.map((s) => ({ value: s, label: stateLabels[s] })), { value: 'all', label: '全部' }]}
        />
        <Select
          aria-label="途径"
          placeholder="全部途径"
          clearable
          w={150}
          data={promotionPaths.map((p) => ({ value: p, label: pathLabels[p] }))}
          value={filter.path ?? null}
          onChange={(v) => set('path', v)}
        />
        <Select
          aria-label="年度"
          placeholder="全部年度"
          clearable
          w={120}
          data={years.map((y) => ({ value: y, label: `${y} 年` }))}
          value={filter.year ? String(filter.year) : null}
          onChange={(v) => set('year', v)}
        />
        <Select
          aria-label="工种"
          placeholder="全部工种"
          clearable
          searchable
          w={200}
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: j.name }))}
          value={filter.jobTypeId ?? null}
          onChange={(v) => set('jobTypeId', v)}
        />
        {filter.competitionId && (
          <Badge
            size="lg"
            variant="light"
            rightSection={
              <CloseButton size="xs" aria-label="不按竞赛筛选" onClick={() => set('competitionId', null)} />
            }
          >
            竞赛：{competition.data?.name ?? '…'}
          </Badge>
        )}
      </Group>
      {pending && (
        <Group gap="xs">
          <Text size="sm">已选 {selected.size} 条</Text>
          <Button
            size="xs"
            disabled={selected.size === 0}
            onClick={() => setDeciding({ kind: 'approve', ids: [...selected] })}
          >
            核准所选
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={selected.size === 0}
            onClick={() => {
              setReason('');
              setDeciding({ kind: 'reject', ids: [...selected] });
            }}
          >
            驳回所选
          </Button>
          <Text size="xs" c="dimmed">
            核准须由提交人以外的另一人进行；核准后等级写入学员的等级记录。
          </Text>
        </Group>
      )}
      {refused.length > 0 && (
        <Alert color="orange" title={`${refused.length} 条未处理`} withCloseButton onClose={() => setRefused([])}>
          <List size="sm">
            {refused.map((r) => (
              <List.Item key={r.id}>
                {r.name || r.id}：{r.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {list.error && <Text c="red">{list.error.message}</Text>}
      <VirtualTable
        label="晋升台账"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        height="calc(100vh - 300px)"
        onEndReached={loadMore}
        empty={
          <Text c="dimmed">
            {list.isLoading ? '正在读取…' : pending ? '没有待审核的晋升。' : '没有符合条件的晋升记录。'}
          </Text>
        }
        selection={
          pending
            ? {
                selected,
                onChange: setSelected,
                rowLabel: (r) => r.name,
                all: {
                  checked: total !== null && total > 0 && selected.size === total,
                  onToggle: () => void selectAll(),
                },
              }
            : undefined
        }
      />
      {deciding && (
        <ConfirmDialog
          opened
          title={`${deciding.kind === 'approve' ? '核准' : '驳回'} ${deciding.ids.length} 条晋升`}
          consequences={
            deciding.kind === 'approve'
              ? [
                  `${deciding.ids.length} 名学员的新等级写入等级记录，申报条件按新等级计算`,
                  '核准人记为当前账号；其中有您本人提交的记录时，整批不予核准',
                  '核准后只能由管理员填写原因撤销',
                ]
              : [`${deciding.ids.length} 条记录记为“已驳回”，驳回原因留存`, '驳回的记录不再能核准']
          }
          confirm={deciding.kind === 'approve' ? '核准' : '驳回'}
          disabled={deciding.kind === 'reject' && reason.trim() === ''}
          loading={busy}
          onCancel={() => setDeciding(null)}
          onConfirm={() => void decide()}
        >
          {deciding.kind === 'reject' && (
            <TextInput
              label="驳回原因"
              withAsterisk
              value={reason}
              maxLength={200}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
        </ConfirmDialog>
      )}
      {revoking && <RevokeDialog row={revoking} onClose={() => setRevoking(null)} />}
      {recognising && <RecognitionForm onClose={() => setRecognising(false)} />}
    </Stack>
  );
}
