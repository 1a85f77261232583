import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CompetitionEntryRow, PublicationOutcome } from '@shared/contract/promotions';
import { awardLabels, groupLabels, levelLabels } from '@shared/domain/competitions/levels';
import { gradeLabel } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useJob } from '../../api/jobs';
import { formatInstant } from '../../components/format';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { CompetitionForm } from './CompetitionForm';
import { EntryImportDialog } from './EntryImportDialog';
import { PublishDialog } from './PublishDialog';

/** One competition: what it is, its promotion rules, the entries with scores and ranks, import, publish, export. */
export function CompetitionDetailPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const detail = useApiQuery(api.competitions.get, { competitionId: id });
  const entries = useApiQuery(api.competitions.entries, { competitionId: id });
  const [dialog, setDialog] = useState<'edit' | 'import' | 'publish' | null>(null);
  const [published, setPublished] = useState<PublicationOutcome | null>(null);
  const job = useJob();

  if (!detail.data) return <Text c="dimmed">{detail.error ? detail.error.message : '正在读取…'}</Text>;
  const c = detail.data;
  const isPublished = c.publishedAt !== null;
  const exportSheet = async (winners: boolean) => {
    try {
      const file = await job.run(
        winners ? api.competitions.exportWinners : api.competitions.exportEntries,
        { competitionId: id },
        { saveAs: `${c.name}-${winners ? '获奖名单' : '参赛名单'}.xlsx` },
      );
      notifyDone(`${file.rows} 行已导出到 ${file.fileName}`, '已导出');
    } catch (error) {
      notifyFailed(error);
    }
  };

  const columns: VirtualColumn<CompetitionEntryRow>[] = [
    { key: 'name', header: '姓名', width: 90, render: (e) => e.name },
    {
      key: 'id',
      header: '身份证号',
      width: 190,
      render: (e) => <span style={{ fontFamily: 'monospace' }}>{e.idNumberMasked}</span>,
    },
    { key: 'group', header: '组别', width: 70, render: (e) => groupLabels[e.group] },
    { key: 'unit', header: '单位', width: 180, render: (e) => e.unitName || '—' },
    ...c.scoreParts.map((part, i) => ({
      key: `score${i}`,
      header: part,
      width: 70,
      render: (e: CompetitionEntryRow) => (e.absent ? '缺考' : e.scores[i] || '—'),
    })),
    { key: 'total', header: '总分', width: 70, render: (e) => e.total ?? '—' },
    { key: 'rank', header: '名次', width: 60, render: (e) => e.rank ?? '—' },
    { key: 'award', header: '奖项', width: 70, render: (e) => (e.award ? awardLabels[e.award] : '—') },
    {
      key: 'outcome',
      header: '晋升结果',
      width: 'minmax(240px, 1fr)',
      wrap: true,
      render: (e) => (
        <>
          {e.outcome || (isPublished ? '' : '发布结果后计算')}
          {e.promotionState && (
            <Badge ml={6} size="sm" variant="light">
              {e.promotionState}
            </Badge>
          )}
        </>
      ),
    },
  ];
  const info: [string, string][] = [
    ['级别', `${levelLabels[c.level]}${c.inPlan ? `（已纳入计划 ${c.planDocumentNo}）` : '（未纳入年度计划）'}`],
    ['工种', c.jobTypeName ?? '未对应工种'],
    ['项目', c.eventName || '—'],
    ['评判等级', c.judgingGrade ? gradeLabel(c.judgingGrade) : '—'],
    ['主办', c.host || '—'],
    ['承办', c.organiser || '—'],
    ['协办', c.coOrganiser || '—'],
    ['日期', [c.startDate, c.endDate].filter(Boolean).join(' 至 ') || '未定'],
    ['地点', c.venue || '—'],
    ['认定机构', c.certifyingAgency || '—'],
  ];
  return (
    <Stack>
      <JobProgressDialog job={job} />
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} />}
            onClick={() => void navigate('/competitions')}
          >
            返回竞赛列表
          </Button>
          <Title order={2}>
            {c.name} {c.edition}
          </Title>
          <Badge color={isPublished ? 'teal' : 'gray'} variant="light">
            {isPublished ? '结果已发布' : '结果未发布'}
          </Badge>
        </Group>
        <Group gap="xs">
          {!isPublished && (
            <>
              <Button variant="light" onClick={() => setDialog('edit')}>
                修改
              </Button>
              <Button variant="light" onClick={() => setDialog('import')}>
                导入名单与成绩
              </Button>
              <Button onClick={() => setDialog('publish')} disabled={c.entries === 0}>
                发布结果
              </Button>
            </>
          )}
          {isPublished && (
            <Button variant="light" onClick={() => void navigate(`/promotions?competitionId=${c.id}`)}>
              查看晋升记录
            </Button>
          )}
          <Button variant="default" onClick={() => void exportSheet(false)}>
            导出参赛名单
          </Button>
          <Button variant="default" onClick={() => void exportSheet(true)} disabled={!isPublished}>
            导出获奖名单
          </Button>
        </Group>
      </Group>
      {published && (
        <Alert color="teal" title="结果已发布" withCloseButton onClose={() => setPublished(null)}>
          拟晋升 {published.promoted.length} 人，已进入技能晋升的“待审核”；不晋升 {published.none.length}{' '}
          人，原因见下表。
        </Alert>
      )}
      <SimpleGrid cols={2}>
        <Card withBorder>
          <SimpleGrid cols={2} spacing={4} verticalSpacing={4}>
            {info.map(([label, value]) => (
              <Text key={label} size="sm">
                <Text span c="dimmed">
                  {label}：
                </Text>
                {value}
              </Text>
            ))}
          </SimpleGrid>
          {c.publishedAt && (
            <Text size="sm" c="dimmed" mt="xs">
              {c.publishedByName} 于 {formatInstant(c.publishedAt)} 发布结果
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Text fw={500} mb={4}>
            晋升规则（据竞赛通知）
          </Text>
          {c.rules.length === 0 ? (
            <Text size="sm" c="dimmed">
              没有晋升规则：本竞赛不据以晋升等级。
            </Text>
          ) : (
            <List size="sm" aria-label="晋升规则">
              {c.rules.map((r) => (
                <List.Item key={r.id}>{r.text}</List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
      <Title order={4}>参赛选手（{c.entries} 人）</Title>
      <VirtualTable
        label="参赛选手"
        columns={columns}
        rows={entries.data ?? []}
        rowKey={(e) => e.id}
        height={460}
        empty={<Text c="dimmed">还没有参赛选手。点“导入名单与成绩”导入报名表或成绩表。</Text>}
      />
      {dialog === 'edit' && <CompetitionForm competition={c} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <EntryImportDialog competition={c} onClose={() => setDialog(null)} />}
      {dialog === 'publish' && (
        <PublishDialog
          competition={c}
          onClose={() => setDialog(null)}
          onPublished={(outcome) => {
            setDialog(null);
            setPublished(outcome);
          }}
        />
      )}
    </Stack>
  );
}
