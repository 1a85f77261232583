import { Button, Checkbox, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { TemplateField } from '@shared/domain/certificates/template';
import { unknownPlaceholders, valueKeys, valueLabels } from '@shared/domain/certificates/template';

const kindLabels: Record<TemplateField['kind'], string> = {
  text: '文本',
  photo: '照片',
  seal: '印章',
  qr: '二维码',
  frame: '边框',
};

/** Exact numbers for one field; every length is in millimetres, font size in points. */
export function FieldEditor({
  field,
  onChange,
  onRemove,
}: {
  field: TemplateField;
  onChange: (field: TemplateField) => void;
  onRemove: () => void;
}) {
  const mm = (label: string, value: number, set: (n: number) => void, min = -50) => (
    <NumberInput
      label={label}
      value={value}
      onChange={(v) => typeof v === 'number' && set(v)}
      step={0.5}
      decimalScale={2}
      min={min}
      max={600}
      suffix=" mm"
      w={110}
    />
  );
  const unknown = field.kind === 'text' ? unknownPlaceholders(field.content) : [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>
          {kindLabels[field.kind]} · {field.id}
        </Text>
        <Button size="compact-xs" color="red" variant="subtle" onClick={onRemove}>
          删除字段
        </Button>
      </Group>
      <Group gap="xs">
        {mm('X（左）', field.x, (x) => onChange({ ...field, x }))}
        {mm('Y（上）', field.y, (y) => onChange({ ...field, y }))}
        {field.kind === 'qr'
          ? mm('边长', field.size, (size) => onChange({ ...field, size }), 1)
          : mm('宽', field.width, (width) => onChange({ ...field, width } as TemplateField), 1)}
        {(field.kind === 'photo' || field.kind === 'seal' || field.kind === 'frame') &&
          mm('高', field.height, (height) => onChange({ ...field, height }), 1)}
      </Group>
      {field.kind === 'frame' && mm('线宽', field.lineWidth, (lineWidth) => onChange({ ...field, lineWidth }), 0.1)}
      {field.kind === 'text' && (
        <>
          <Textarea
            label="内容"
            description="用 {name} 这样的占位符插入证书内容"
            value={field.content}
            onChange={(e) => onChange({ ...field, content: e.currentTarget.value })}
            autosize
            error={unknown.length > 0 ? `不认识的占位符：${unknown.join('、')}` : undefined}
          />
          <Group gap="xs" align="end">
            <NumberInput
              label="字号"
              value={field.fontSize}
              onChange={(v) => typeof v === 'number' && onChange({ ...field, fontSize: v })}
              min={4}
              max={96}
              step={0.5}
              suffix=" pt"
              w={100}
            />
            <SegmentedControl
              value={field.align}
              onChange={(align) => onChange({ ...field, align: align as 'left' })}
              data={[
                { value: 'left', label: '左' },
                { value: 'center', label: '中' },
                { value: 'right', label: '右' },
              ]}
            />
            <Checkbox
              label="粗体"
              checked={field.bold}
              onChange={(e) => onChange({ ...field, bold: e.currentTarget.checked })}
            />
          </Group>
          <Text size="xs" c="dimmed">
            可用：{valueKeys.map((key) => `{${key}} ${valueLabels[key]}`).join('；')}
          </Text>
        </>
      )}
    </Stack>
  );
}
