import { Alert, Badge, Button, FileButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import type { ScoreImportPreview } from '@shared/contract/cohorts/scores';
import { nextOpenRow, pasteTargets } from '@shared/domain/cohorts/grid-rows';
import { isPassingMark, parseMark, partLabels, resultLabels, type ScorePart } from '@shared/domain/cohorts/marks';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';
import { MarkHistoryModal } from './MarkHistoryModal';
import { notifyDone, notifyFailed } from '../../components/notify';
import { usePrompt } from '../../components/use-prompt';

const key = (enrollmentId: string, part: ScorePart) => `${enrollmentId}:${part}`;

/**
 * The score grid: Enter moves down, Tab across (the browser's own order), a column pasted from
 * Excel fills downward from the cell. 缺考/违纪 (or qk/wj) are codes, not zero. Typed values are
 * checked as they are typed and saved together.
 */
export function ScoreGridTab({ cohort }: { cohort: CohortDetail }) {
  const grid = useApiQuery(api.cohorts.scoreGrid, { cohortId: cohort.id });
  const save = useApiMutation(api.cohorts.saveMarks);
  const confirm = useApiMutation(api.cohorts.confirmMarks);
  const importScores = useApiMutation(api.cohorts.importScores);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<ScoreImportPreview | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [ask, promptModal] = usePrompt();
  const [historyOf, setHistoryOf] = useState<{ id: string; name: string } | null>(null);
  const recordResit = useApiMutation(api.cohorts.recordResit);
  const data = grid.data;
  if (!data) return <Text>正在读取成绩…</Text>;
  const editable = cohort.can.marks;
  const parts = data.parts;
  const valueOf = (enrollmentId: string, part: ScorePart) =>
    draft[key(enrollmentId, part)] ?? data.rows.find((r) => r.enrollmentId === enrollmentId)?.marks[part]?.text ?? '';
  const changed = Object.entries(draft).filter(([k, text]) => {
    const [enrollmentId, part] = k.split(':') as [string, ScorePart];
    return (data.rows.find((r) => r.enrollmentId === enrollmentId)?.marks[part]?.text ?? '') !== text;
  });
  const invalid = changed.filter(([, text]) => !parseMark(text).ok).length;

  // Rows short of hours take no marks: Enter, the arrows and a pasted column pass over them.
  const locked = data.rows.map((r) => r.barredForHours);
  const focus = (row: number | null, col: number) => {
    const input = row === null ? undefined : inputs.current.get(`${row}:${col}`);
    input?.focus();
    input?.select();
  };
  const onKeyDown = (row: number, col: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      focus(nextOpenRow(locked, row, event.shiftKey ? -1 : 1), col);
    } else if (event.key === 'ArrowDown') focus(nextOpenRow(locked, row, 1), col);
    else if (event.key === 'ArrowUp') focus(nextOpenRow(locked, row, -1), col);
  };
  const onPaste = (row: number, part: ScorePart) => (event: ClipboardEvent<HTMLInputElement>) => {
    const lines = event.clipboardData.getData('text').replace(/\r/g, '').split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length < 2) return;
    event.preventDefault();
    const next = { ...draft };
    pasteTargets(locked, row, lines.length).forEach((target, i) => {
      next[key(data.rows[target]!.enrollmentId, part)] = lines[i]!.split('\t')[0]!.trim();
    });
    setDraft(next);
  };
  const submit = () => {
    const entries = changed.map(([k, text]) => {
      const [enrollmentId, part] = k.split(':') as [string, ScorePart];
      return { enrollmentId, part, text };
    });
    save.mutate(
      { cohortId: cohort.id, entries, reason },
      {
        onSuccess: () => {
          setDraft({});
          setReason('');
          notifyDone(`已保存 ${entries.length} 项成绩`);
        },
        onError: notifyFailed,
      },
    );
  };
  /** A resit supersedes each failed part; the first sitting stays in the history. */
  const resit = async (enrollmentId: string, name: string) => {
    const row = data.rows.find((r) => r.enrollmentId === enrollmentId)!;
    const failed = parts.filter((p) => {
      const parsed = parseMark(row.marks[p]?.text ?? '');
      return (
        parsed.ok &&
        parsed.mark !== null &&
        (parsed.mark.code === 'absent' || (parsed.mark.code === null && !isPassingMark(parsed.mark, data.passMarks, p)))
      );
    });
    for (const part of failed) {
      const text = await ask({
        title: `${name} 补考`,
        label: `${partLabels[part]}补考成绩`,
        placeholder: '0–100，或 缺考 / 违纪',
      });
      if (text)
        recordResit.mutate(
          { enrollmentId, part, text },
          { onSuccess: () => notifyDone(`${name} ${partLabels[part]}补考成绩已录入`), onError: notifyFailed },
        );
    }
  };
  const readWorkbook = async (file: File | null) => {
    if (!file) return;
    try {
      setPreview(
        await api.cohorts.previewScoreImport({
          cohortId: cohort.id,
          fileName: file.name,
          fileBase64: await fileToBase64(file),
        }),
      );
    } catch (error) {
      notifyFailed(error as Error);
    }
  };

  return (
    <Stack>
      {promptModal}
      {!editable && <Alert color="gray">培训班进入“待鉴定”后录入成绩。</Alert>}
      <Group>
        <Text fz="sm" c="dimmed">
          及格线：{parts.map((p) => `${partLabels[p]} ${data.passMarks[p]}`).join('，')}。缺考填“缺考”或
          qk，违纪填“违纪”或 wj。
        </Text>
      </Group>
      {editable && (
        <Group align="flex-end">
          {data.published && (
            <TextInput
              label="成绩已发布：修改理由"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              w={260}
            />
          )}
          <Button onClick={submit} disabled={changed.length === 0 || invalid > 0} loading={save.isPending}>
            保存成绩（{changed.length}）
          </Button>
          <Button
            variant="default"
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate(
                { cohortId: cohort.id },
                { onSuccess: (r) => notifyDone(`已复核确认 ${r.confirmed} 项`), onError: notifyFailed },
              )
            }
          >
            复核确认
          </Button>
          <FileButton onChange={(f) => void readWorkbook(f)} accept=".xlsx,.csv">
            {(props) => (
              <Button variant="default" {...props}>
                导入鉴定机构成绩表…
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {preview && (
        <Alert
          color="blue"
          title={`成绩表：匹配 ${preview.matched} 人，将更新 ${preview.changes.length} 项，不符 ${preview.mismatches.length} 行`}
        >
          {preview.mismatches.slice(0, 20).map((m) => (
            <Text key={`${m.row}${m.problem}`} fz="sm" c="red">
              第 {m.row} 行 {m.name} {m.idNumber}：{m.problem}
            </Text>
          ))}
          {preview.mismatches.length > 20 && (
            <Text fz="sm" c="red">
              ……另有 {preview.mismatches.length - 20} 行不符
            </Text>
          )}
          {preview.changes.slice(0, 20).map((c) => (
            <Text key={c.enrollmentId + c.part} fz="sm">
              {c.name} {partLabels[c.part]}：{c.from || '（空）'} → {c.to}
            </Text>
          ))}
          {preview.changes.length > 20 && <Text fz="sm">……另有 {preview.changes.length - 20} 项</Text>}
          <Group mt="xs">
            <Button
              disabled={preview.changes.length === 0}
              onClick={() =>
                importScores.mutate(
                  {
                    cohortId: cohort.id,
                    entries: preview.changes.map((c) => ({ enrollmentId: c.enrollmentId, part: c.part, text: c.to })),
                    reason,
                  },
                  {
                    onSuccess: () => {
                      setPreview(null);
                      notifyDone('成绩已导入');
                    },
                    onError: notifyFailed,
                  },
                )
              }
            >
              导入 {preview.changes.length} 项
            </Button>
            <Button variant="default" onClick={() => setPreview(null)}>
              取消
            </Button>
          </Group>
        </Alert>
      )}
      <MarkHistoryModal enrollment={historyOf} onClose={() => setHistoryOf(null)} />
      <Table fz="sm" withColumnBorders striped data-testid="score-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>序号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>身份证号</Table.Th>
            {parts.map((p) => (
              <Table.Th key={p}>{partLabels[p]}</Table.Th>
            ))}
            <Table.Th>结果</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r, row) => (
            <Table.Tr key={r.enrollmentId}>
              <Table.Td>{r.seq}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <span>{r.name}</span>
                  {r.barredForHours && (
                    <Badge
                      color="orange"
                      variant="light"
                      size="sm"
                      title="实到课时少于规定课时，不能录成绩；管理员可在“学员”页填写理由准予参加鉴定"
                    >
                      课时不足，未准予鉴定
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{r.idNumberMasked}</Table.Td>
              {parts.map((part, col) => {
                const text = valueOf(r.enrollmentId, part);
                const bad = !parseMark(text).ok;
                const mark = r.marks[part];
                return (
                  <Table.Td key={part} p={2}>
                    <TextInput
                      size="xs"
                      w={80}
                      ref={(el) => {
                        if (el) inputs.current.set(`${row}:${col}`, el);
                      }}
                      aria-label={`${r.name} ${partLabels[part]}`}
                      disabled={!editable || r.barredForHours}
                      placeholder={r.barredForHours ? '课时不足' : ''}
                      value={text}
                      error={bad}
                      onChange={(e) => setDraft({ ...draft, [key(r.enrollmentId, part)]: e.currentTarget.value })}
                      onKeyDown={onKeyDown(row, col)}
                      onPaste={onPaste(row, part)}
                      rightSection={
                        mark && mark.attempt > 1 ? (
                          <Text fz={10} c="dimmed">
                            补
                          </Text>
                        ) : mark && !mark.confirmed ? (
                          <Text fz={10} c="orange">
                            未核
                          </Text>
                        ) : null
                      }
                    />
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {r.result ? (
                    <Badge color={r.result === 'pass' ? 'teal' : 'red'} variant="light">
                      {resultLabels[r.result]}
                    </Badge>
                  ) : null}
                  {editable && (r.result === 'fail' || r.result === 'absent') && (
                    <Button size="compact-xs" variant="subtle" onClick={() => void resit(r.enrollmentId, r.name)}>
                      补考
                    </Button>
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    onClick={() => setHistoryOf({ id: r.enrollmentId, name: r.name })}
                  >
                    历史
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
