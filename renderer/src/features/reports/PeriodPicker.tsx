import { Group, Select, SegmentedControl, TextInput } from '@mantine/core';
import {
  monthPeriod,
  quarterPeriod,
  yearPeriod,
  type Period,
  type PeriodKind,
} from '../../../../shared/domain/reports/period';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 or month 1–12, by kind. */
  part: number;
  range: Period;
}

export function periodOf(choice: PeriodChoice): Period {
  if (choice.kind === 'year') return yearPeriod(choice.year);
  if (choice.kind === 'quarter') return quarterPeriod(choice.year, choice.part as 1 | 2 | 3 | 4);
  if (choice.kind === 'month') return monthPeriod(choice.year, choice.part);
  return choice.range;
}

export function currentQuarter(today = new Date()): PeriodChoice {
  const year = today.getFullYear();
  return { kind: 'quarter', year, part: Math.floor(today.getMonth() / 3) + 1, range: yearPeriod(year) };
}

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 12 }, (_, i) => String(thisYear - i));

/** 月 / 季 / 年 / 自定义, then the year and the quarter or month: the periods the union asks for. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  const parts =
    value.kind === 'quarter'
      ? ['一', '二', '三', '四'].map((q, i) => ({ value: String(i + 1), label: `第${q}季度` }))
      : Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }));
  return (
    <Group gap="xs" align="end">
      <SegmentedControl
        aria-label="统计期间"
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as PeriodKind, part: 1 })}
        data={[
          { value: 'month', label: '月' },
          { value: 'quarter', label: '季度' },
          { value: 'year', label: '年' },
          { value: 'range', label: '自定义' },
        ]}
      />
      {value.kind !== 'range' && (
        <Select
          aria-label="年份"
          w={100}
          data={years}
          value={String(value.year)}
          onChange={(y) => y && onChange({ ...value, year: Number(y) })}
          allowDeselect={false}
        />
      )}
      {(value.kind === 'quarter' || value.kind === 'month') && (
        <Select
          aria-label={value.kind === 'quarter' ? '季度' : '月份'}
          w={120}
          data={parts}
          value={String(value.part)}
          onChange={(p) => p && onChange({ ...value, part: Number(p) })}
          allowDeselect={false}
        />
      )}
      {value.kind === 'range' && (
        <>
          <TextInput
            aria-label="开始日期"
            w={130}
            placeholder="YYYY-MM-DD"
            value={value.range.from}
            onChange={(e) => onChange({ ...value, range: { ...value.range, from: e.currentTarget.value } })}
          />
          <TextInput
            aria-label="结束日期"
            w={130}
            placeholder="YYYY-MM-DD"
            value={value.range.to}
            onChange={(e) => onChange({ ...value, range: { ...value.range, to: e.currentTarget.value } })}
          />
        </>
      )}
    </Group>
  );
}
