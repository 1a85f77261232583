import { Button, Card, FileButton, Group, NumberInput, Select, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { CertificateTemplate } from '@shared/contract/certificates';
import { certificateKindLabels, type TemplateField, type TemplateLayout } from '@shared/domain/certificates/template';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/files';
import { DesignCanvas } from './DesignCanvas';
import { FieldEditor } from './FieldEditor';
import { notifyDone, notifyFailed } from '../../components/notify';

type Draft = { id?: string; name: string; layout: TemplateLayout };

const newField = (kind: TemplateField['kind'], n: number): TemplateField => {
  const id = `${kind}-${n}`;
  switch (kind) {
    case 'text':
      return { id, kind, x: 20, y: 20, width: 80, content: '{name}', fontSize: 12, bold: false, align: 'left' };
    case 'qr':
      return { id, kind, x: 20, y: 20, size: 20 };
    case 'frame':
      return { id, kind, x: 10, y: 10, width: 100, height: 60, lineWidth: 0.5 };
    default:
      return { id, kind, x: 20, y: 20, width: 25, height: kind === 'photo' ? 35 : 40 };
  }
};

/** Lay out a template on a true-scale preview of the PDF it produces; save, export and import it as a file. */
export function DesignerTab() {
  const templates = useApiQuery(api.certificates.listTemplates, {});
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0.7);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [layoutForPreview] = useDebouncedValue(draft?.layout, 350);
  const preview = useApiQuery(api.certificates.previewTemplate, { layout: layoutForPreview ?? emptyLayout });

  useEffect(() => {
    const first = templates.data?.[0];
    if (!templateId && first) open(first);
  }, [templates.data, templateId]);

  function open(template: CertificateTemplate) {
    setConfirmDelete(false);
    setTemplateId(template.id);
    setDraft({ id: template.id, name: template.name, layout: template.layout });
    setSelectedId(null);
  }
  if (!draft) return <Text c="dimmed">正在读取模板…</Text>;

  const setLayout = (layout: TemplateLayout) => setDraft({ ...draft, layout });
  const setField = (field: TemplateField) =>
    setLayout({ ...draft.layout, fields: draft.layout.fields.map((f) => (f.id === field.id ? field : f)) });
  const selected = draft.layout.fields.find((f) => f.id === selectedId) ?? null;
  const addable: TemplateField['kind'][] =
    draft.layout.kind === 'completion' ? ['text', 'photo', 'seal', 'qr', 'frame'] : ['text', 'photo', 'qr'];

  const save = async (asNew: boolean) => {
    try {
      const saved = await api.certificates.saveTemplate({
        id: asNew ? undefined : draft.id,
        name: asNew ? `${draft.name}（副本）` : draft.name,
        layout: draft.layout,
      });
      open(saved);
      notifyDone(`模板“${saved.name}”已保存（已签发的证书不受影响）`);
    } catch (error) {
      notifyFailed(error);
    }
  };
  const exportFile = async () => {
    if (!draft.id) return;
    const file = await api.certificates.exportTemplate({ id: draft.id });
    downloadBase64(
      file.fileName,
      btoa(String.fromCharCode(...new TextEncoder().encode(file.text))),
      'application/json',
    );
  };
  const remove = async () => {
    if (!draft.id) return;
    try {
      await api.certificates.deleteTemplate({ id: draft.id });
      await templates.refetch();
      setTemplateId(null);
      setDraft(null);
      notifyDone('模板已删除（已签发的证书仍按签发时的版式打印）');
    } catch (error) {
      notifyFailed(error);
    }
  };
  const importFile = async (file: File | null) => {
    if (!file) return;
    try {
      const imported = await api.certificates.importTemplate({ text: await file.text() });
      open(imported);
      notifyDone(`已导入模板“${imported.name}”`);
    } catch (error) {
      notifyFailed(error);
    }
  };

  return (
    <Stack>
      <Group align="end">
        <Select
          label="模板"
          data={(templates.data ?? []).map((t) => ({
            value: t.id,
            label: `${certificateKindLabels[t.kind]} · ${t.name}`,
          }))}
          value={templateId}
          onChange={(id) => templates.data?.find((t) => t.id === id) && open(templates.data.find((t) => t.id === id)!)}
          w={400}
        />
        <TextInput
          label="模板名称"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          w={300}
        />
        <NumberInput
          label="纸宽"
          value={draft.layout.pageWidth}
          onChange={(v) => typeof v === 'number' && setLayout({ ...draft.layout, pageWidth: v })}
          suffix=" mm"
          w={100}
          min={50}
          max={600}
        />
        <NumberInput
          label="纸高"
          value={draft.layout.pageHeight}
          onChange={(v) => typeof v === 'number' && setLayout({ ...draft.layout, pageHeight: v })}
          suffix=" mm"
          w={100}
          min={50}
          max={600}
        />
        <Button onClick={() => void save(false)}>保存</Button>
        <Button variant="default" onClick={() => void save(true)}>
          另存为新模板
        </Button>
        <Button variant="default" onClick={() => void exportFile()}>
          导出模板文件
        </Button>
        <FileButton onChange={(file) => void importFile(file)} accept="application/json,.json">
          {(props) => (
            <Button variant="default" {...props}>
              导入模板文件
            </Button>
          )}
        </FileButton>
        <Button
          color="red"
          variant={confirmDelete ? 'filled' : 'subtle'}
          onClick={() => (confirmDelete ? void remove() : setConfirmDelete(true))}
        >
          {confirmDelete ? '确认删除此模板' : '删除模板'}
        </Button>
      </Group>
      <Group align="start" wrap="nowrap">
        <Card withBorder style={{ overflow: 'auto', flex: 1 }} bg="gray.1">
          <Group mb="xs">
            <Text size="sm">缩放 {Math.round(zoom * 100)}%（100% 为实际尺寸）</Text>
            <Slider value={zoom} onChange={setZoom} min={0.4} max={1.5} step={0.05} w={200} label={null} />
          </Group>
          <DesignCanvas
            layout={draft.layout}
            pdfBase64={preview.data?.base64}
            zoom={zoom}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onMove={(id, x, y) => setField({ ...draft.layout.fields.find((f) => f.id === id)!, x, y })}
          />
        </Card>
        <Card withBorder w={380}>
          <Stack>
            <Group gap={4}>
              {addable.map((kind) => (
                <Button
                  key={kind}
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    const field = newField(kind, draft.layout.fields.length + 1);
                    setLayout({ ...draft.layout, fields: [...draft.layout.fields, field] });
                    setSelectedId(field.id);
                  }}
                >
                  + {({ text: '文本', photo: '照片', seal: '印章', qr: '二维码', frame: '边框' } as const)[kind]}
                </Button>
              ))}
            </Group>
            <Select
              label="字段"
              data={draft.layout.fields.map((f) => ({
                value: f.id,
                label: f.kind === 'text' ? `${f.id}：${f.content.slice(0, 16)}` : f.id,
              }))}
              value={selectedId}
              onChange={setSelectedId}
              placeholder="点预览上的框或在此选择"
            />
            {selected ? (
              <FieldEditor
                field={selected}
                onChange={setField}
                onRemove={() => {
                  setLayout({ ...draft.layout, fields: draft.layout.fields.filter((f) => f.id !== selected.id) });
                  setSelectedId(null);
                }}
              />
            ) : (
              <Text size="sm" c="dimmed">
                拖动预览上的虚线框移动字段（0.5 mm 一步），或选择字段后输入精确位置。
              </Text>
            )}
          </Stack>
        </Card>
      </Group>
    </Stack>
  );
}

const emptyLayout: TemplateLayout = { kind: 'completion', pageWidth: 297, pageHeight: 210, fields: [] };
