import { Checkbox, List, Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { competitionFields, type CompetitionDetail } from '@shared/contract/promotions';
import { competitionLevels, levelLabels, type CompetitionLevel } from '@shared/domain/competitions/levels';
import { gradeLabel, grades } from '@shared/domain/grades';
import { api, ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

const splitParts = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * A new competition (it starts with its level's default promotion rules, shown below the level), or
 * the details of one not yet published. Every wrong field is marked at once, from the contract's checks.
 */
export function CompetitionForm({
  competition,
  onClose,
  onSaved,
}: {
  competition?: CompetitionDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const jobTypes = useApiQuery(api.jobTypes.listActive, {});
  const create = useApiMutation(api.competitions.create);
  const update = useApiMutation(api.competitions.update);
  const c = competition;
  const [name, setName] = useState(c?.name ?? '');
  const [edition, setEdition] = useState(c?.edition ?? '');
  const [year, setYear] = useState(String(c?.year ?? new Date().getFullYear()));
  const [level, setLevel] = useState<CompetitionLevel>(c?.level ?? 'city1');
  const [inPlan, setInPlan] = useState(c?.inPlan ?? true);
  const [planDocumentNo, setPlanDocumentNo] = useState(c?.planDocumentNo ?? '');
  const [host, setHost] = useState(c?.host ?? '');
  const [organiser, setOrganiser] = useState(c?.organiser ?? '');
  const [coOrganiser, setCoOrganiser] = useState(c?.coOrganiser ?? '');
  const [jobTypeId, setJobTypeId] = useState<string | null>(c?.jobTypeId ?? null);
  const [eventName, setEventName] = useState(c?.eventName ?? '');
  const [judgingGrade, setJudgingGrade] = useState<string | null>(c?.judgingGrade ? String(c.judgingGrade) : null);
  const [startDate, setStartDate] = useState(c?.startDate ?? '');
  const [endDate, setEndDate] = useState(c?.endDate ?? '');
  const [venue, setVenue] = useState(c?.venue ?? '');
  const [certifyingAgency, setCertifyingAgency] = useState(c?.certifyingAgency ?? '');
  const [parts, setParts] = useState((c?.scoreParts ?? ['理论', '实操']).join('、'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const defaults = useApiQuery(api.competitions.defaultRules, { level });

  const submit = () => {
    const fields = {
      name,
      edition,
      year: Number(year),
      level,
      inPlan,
      planDocumentNo,
      host,
      organiser,
      coOrganiser,
      jobTypeId,
      eventName,
      judgingGrade: judgingGrade ? Number(judgingGrade) : null,
      startDate: startDate.trim() || null,
      endDate: endDate.trim() || null,
      venue,
      certifyingAgency,
      scoreParts: splitParts(parts),
    };
    const found: Record<string, string> = {};
    if (!Number.isInteger(fields.year) || fields.year < 2000 || fields.year > 2100) found.year = '年度应为 2000–2100';
    const parsed = competitionFields.safeParse(fields);
    if (!parsed.success) for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = {
      onSuccess: (saved: CompetitionDetail) => {
        notifyDone(`已保存“${saved.name}”`);
        onClose();
        onSaved?.(saved.id);
      },
      onError: (error: Error) => {
        const issues = error instanceof ApiError ? (error.payload.details?.issues ?? []) : [];
        if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.field.split('.').pop(), i.message])));
        else notifyFailed(error);
      },
    };
    if (c) update.mutate({ competitionId: c.id, fields }, done);
    else create.mutate(fields, done);
  };

  const text = (label: string, value: string, set: (v: string) => void, key: string, extra = {}) => (
    <TextInput
      label={label}
      value={value}
      error={errors[key]}
      onChange={(e) => set(e.currentTarget.value)}
      {...extra}
    />
  );
  return (
    <Modal opened onClose={onClose} title={c ? `修改竞赛：${c.name}` : '新建竞赛'} size="56rem">
      <SimpleGrid cols={3}>
        {text('竞赛名称', name, setName, 'name', { withAsterisk: true, 'data-autofocus': true })}
        {text('届次', edition, setEdition, 'edition', { placeholder: '第三届' })}
        {text('年度', year, setYear, 'year', { withAsterisk: true })}
        <Select
          label="竞赛级别"
          withAsterisk
          allowDeselect={false}
          data={competitionLevels.map((l) => ({ value: l, label: levelLabels[l] }))}
          value={level}
          onChange={(v) => v && setLevel(v as CompetitionLevel)}
        />
        <Checkbox
          mt="xl"
          label="已纳入年度竞赛计划（可据以晋升）"
          checked={inPlan}
          onChange={(e) => setInPlan(e.currentTarget.checked)}
        />
        {text('计划文号', planDocumentNo, setPlanDocumentNo, 'planDocumentNo', {
          placeholder: '泉人社〔2026〕8号',
          withAsterisk: inPlan,
        })}
        <Select
          label="工种"
          description="晋升在此工种；不选则不能据以晋升"
          searchable
          clearable
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
          value={jobTypeId}
          onChange={setJobTypeId}
          error={errors.jobTypeId}
        />
        {text('竞赛项目', eventName, setEventName, 'eventName', { placeholder: '与工种不同时填写' })}
        <Select
          label="评判等级"
          clearable
          data={grades.filter((g) => g >= 1 && g <= 5).map((g) => ({ value: String(g), label: gradeLabel(g) }))}
          value={judgingGrade}
          onChange={setJudgingGrade}
        />
        {text('主办单位', host, setHost, 'host', { placeholder: '市总工会、市人社局' })}
        {text('承办单位', organiser, setOrganiser, 'organiser')}
        {text('协办单位', coOrganiser, setCoOrganiser, 'coOrganiser')}
        {text('开始日期', startDate, setStartDate, 'startDate', { placeholder: 'YYYY-MM-DD' })}
        {text('结束日期', endDate, setEndDate, 'endDate', { placeholder: 'YYYY-MM-DD' })}
        {text('竞赛地点', venue, setVenue, 'venue')}
        {text('认定（评价）机构', certifyingAgency, setCertifyingAgency, 'certifyingAgency')}
        {text('成绩项目', parts, setParts, 'scoreParts', { description: '用顿号分隔，最多三项，如：理论、实操' })}
      </SimpleGrid>
      {!c && (
        <>
          <Text size="sm" fw={500} mt="md">
            {levelLabels[level]}竞赛的默认晋升规则（创建后可在竞赛页按竞赛通知修改）：
          </Text>
          <List size="sm" aria-label="默认晋升规则">
            {(defaults.data ?? []).map((r) => (
              <List.Item key={r.text}>{r.text}</List.Item>
            ))}
          </List>
        </>
      )}
      <ModalActions
        onCancel={onClose}
        onConfirm={submit}
        confirm={c ? '保存' : '创建'}
        loading={create.isPending || update.isPending}
      />
    </Modal>
  );
}
