import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SheetRead } from '@shared/contract/infra/sheet';
import { traineeImportFields } from '@shared/contract/trainees/import';

/** The columns the reader matched by header name; the user corrects any it got wrong. */
export function MappingStep({
  sheet,
  busy,
  onChange,
  onNext,
}: {
  sheet: SheetRead;
  busy: boolean;
  onChange: (sheet: SheetRead) => void;
  onNext: () => void;
}) {
  const columns = sheet.headers.map((header, index) => ({
    value: String(index),
    label: `第 ${index + 1} 列：${header || '（无表头）'}`,
  }));
  const missing = traineeImportFields.filter((f) => 'required' in f && f.required && sheet.mapping[f.key] == null);
  return (
    <Stack>
      <Text size="sm">
        工作表“{sheet.sheetName}”，表头在第 {sheet.headerRowNumber} 行，共 {sheet.rows.length.toLocaleString('zh-CN')}{' '}
        行数据。请核对每一项对应的列：
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {traineeImportFields.map((field) => (
          <Select
            key={field.key}
            label={field.label}
            withAsterisk={'required' in field && field.required}
            placeholder="不导入"
            clearable
            data={columns}
            value={sheet.mapping[field.key] == null ? null : String(sheet.mapping[field.key])}
            onChange={(value) =>
              onChange({ ...sheet, mapping: { ...sheet.mapping, [field.key]: value === null ? null : Number(value) } })
            }
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        {missing.length > 0 && (
          <Text c="red" size="sm">
            请为“{missing.map((f) => f.label).join('”“')}”选择对应的列
          </Text>
        )}
        <Button loading={busy} disabled={missing.length > 0} onClick={onNext}>
          检查每一行
        </Button>
      </Group>
    </Stack>
  );
}
