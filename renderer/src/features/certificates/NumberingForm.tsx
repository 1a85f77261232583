import { Checkbox, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  checkNumberPattern,
  formatNumber,
  layoutFromPattern,
  patternFromLayout,
  restartRule,
  type NumberLayout,
} from '@shared/domain/certificates/numbering';
import { TechnicalDetails } from '../../components/TechnicalDetails';

const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * How a kind of certificate is numbered, as choices with a live example; the pattern the choices
 * make is the setting, shown (and editable by hand) only under 详细.
 */
export function NumberingForm({
  title,
  pattern,
  baseCode,
  showGrade,
  onChange,
}: {
  title: string;
  pattern: string;
  baseCode: string;
  showGrade: boolean;
  onChange: (pattern: string) => void;
}) {
  const layout = layoutFromPattern(pattern);
  const set = (patch: Partial<NumberLayout>) => layout && onChange(patternFromLayout({ ...layout, ...patch }));
  const check = checkNumberPattern(pattern);
  const sample = (grade: string, value: number, date = today()) =>
    formatNumber(pattern, { base: baseCode.trim().toUpperCase(), issueDate: date, grade }, value);
  const nextYear = `${Number(today().slice(0, 4)) + 1}-01-05`;
  return (
    <Stack gap="xs">
      <Title order={6}>{title}</Title>
      {layout ? (
        <Group align="flex-end" gap="sm">
          <TextInput
            label="开头文字"
            placeholder="如 JY，可不填"
            value={layout.prefix}
            onChange={(e) => set({ prefix: e.currentTarget.value.replace(/[{}]/g, '') })}
            w={110}
          />
          <Checkbox
            label="基地代码"
            checked={layout.base}
            onChange={(e) => set({ base: e.currentTarget.checked })}
            mb={8}
          />
          <Select
            label="发证年份"
            w={130}
            allowDeselect={false}
            value={layout.year}
            onChange={(v) => v && set({ year: v as NumberLayout['year'] })}
            data={[
              { value: 'yyyy', label: '四位（2026）' },
              { value: 'yy', label: '两位（26）' },
              { value: 'none', label: '不含年份' },
            ]}
          />
          <Checkbox
            label="发证月份"
            checked={layout.month}
            onChange={(e) => set({ month: e.currentTarget.checked })}
            mb={8}
          />
          {showGrade && (
            <Checkbox
              label="等级（5…1）"
              checked={layout.grade}
              onChange={(e) => set({ grade: e.currentTarget.checked })}
              mb={8}
            />
          )}
          <Select
            label="分隔"
            w={100}
            allowDeselect={false}
            value={layout.separator || 'none'}
            onChange={(v) => set({ separator: v === '-' ? '-' : '' })}
            data={[
              { value: 'none', label: '不分隔' },
              { value: '-', label: '短横 -' },
            ]}
          />
          <NumberInput
            label="流水号位数"
            min={3}
            max={10}
            w={110}
            value={layout.digits}
            onChange={(v) => Number(v) >= 3 && Number(v) <= 10 && set({ digits: Number(v) })}
          />
        </Group>
      ) : (
        <Text size="sm" c="orange">
          这条编号规则是手工写的，表单无法显示；请在下面的“详细”里修改，或清空后重新选择。
        </Text>
      )}
      {check.ok ? (
        <Text size="sm" data-testid={`${title}-example`}>
          例：<b>{sample('4', 1)}</b>、{sample('4', 2)} …；{layout ? restartRule(layout) : '每个前缀各自从 1 开始'}
          {layout && layout.year !== 'none' ? `（明年第一份：${sample('4', 1, nextYear)}）` : ''}。
        </Text>
      ) : (
        <Text size="sm" c="red">
          {check.reason}
        </Text>
      )}
      <TechnicalDetails label="详细（编号规则原文）">
        <TextInput
          size="xs"
          aria-label={`${title}编号规则原文`}
          value={pattern}
          onChange={(e) => onChange(e.currentTarget.value)}
          w={320}
        />
      </TechnicalDetails>
    </Stack>
  );
}
