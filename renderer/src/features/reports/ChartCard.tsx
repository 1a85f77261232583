import { Button, Card, Group, Title } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { notifyFailed } from '../../components/notify';

/** Draws the chart's SVG onto a white canvas at twice its size and downloads it as a PNG, for a slide. */
async function savePng(container: HTMLElement, fileName: string) {
  const svg = container.querySelector('svg.recharts-surface');
  if (!svg) throw new Error('图表尚未画好，请稍后再试');
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const link = document.createElement('a');
  link.href = canvas.toDataURL('image/png');
  link.download = fileName;
  link.click();
}

export function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <Card withBorder aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={5}>{title}</Title>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => body.current && savePng(body.current, `${title}.png`).catch(notifyFailed)}
        >
          保存为图片
        </Button>
      </Group>
      <div ref={body}>{children}</div>
    </Card>
  );
}
