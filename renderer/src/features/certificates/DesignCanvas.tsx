import { Box } from '@mantine/core';
import { useRef } from 'react';
import type { TemplateField, TemplateLayout } from '@shared/domain/certificates/template';
import { pxPerMm } from './pdf-pages';
import { PdfPreview } from './PdfPreview';

const ptToMm = 25.4 / 72;

/** The box a field occupies, in mm, for the drag handles (a text field: one line of its font size). */
function fieldBox(field: TemplateField): { width: number; height: number } {
  switch (field.kind) {
    case 'text':
      return { width: field.width, height: field.fontSize * ptToMm * 1.3 };
    case 'qr':
      return { width: field.size, height: field.size };
    default:
      return { width: field.width, height: field.height };
  }
}

const round = (mm: number) => Math.round(mm * 2) / 2;

/**
 * The designer's sheet: the real PDF of the template underneath, and a handle over every field
 * that can be dragged (in 0.5 mm steps); exact numbers are typed in the field editor.
 */
export function DesignCanvas(props: {
  layout: TemplateLayout;
  pdfBase64: string | undefined;
  zoom: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (id: string, x: number, y: number) => void;
}) {
  const { layout, zoom } = props;
  const scale = pxPerMm * zoom;
  const drag = useRef<{ id: string; startX: number; startY: number; fieldX: number; fieldY: number } | null>(null);

  return (
    <Box pos="relative" style={{ width: layout.pageWidth * scale, height: layout.pageHeight * scale }}>
      <Box pos="absolute" top={0} left={0}>
        <PdfPreview base64={props.pdfBase64} zoom={zoom} label="模板预览（真实比例）" />
      </Box>
      {layout.fields.map((field) => {
        const box = fieldBox(field);
        const selected = field.id === props.selectedId;
        return (
          <Box
            key={field.id}
            data-testid={`field-${field.id}`}
            title={`${field.id}：X ${field.x} mm，Y ${field.y} mm`}
            pos="absolute"
            style={{
              left: field.x * scale,
              top: field.y * scale,
              width: box.width * scale,
              height: box.height * scale,
              border: selected ? '2px solid #1c7ed6' : '1px dashed rgba(28,126,214,.55)',
              background: selected ? 'rgba(28,126,214,.08)' : 'transparent',
              cursor: 'move',
              touchAction: 'none',
            }}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              props.onSelect(field.id);
              drag.current = {
                id: field.id,
                startX: event.clientX,
                startY: event.clientY,
                fieldX: field.x,
                fieldY: field.y,
              };
            }}
            onPointerMove={(event) => {
              const d = drag.current;
              if (!d || d.id !== field.id) return;
              props.onMove(
                field.id,
                round(d.fieldX + (event.clientX - d.startX) / scale),
                round(d.fieldY + (event.clientY - d.startY) / scale),
              );
            }}
            onPointerUp={() => {
              drag.current = null;
            }}
          />
        );
      })}
    </Box>
  );
}
