import { Box, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { drawPdfPages } from './pdf-pages';

/** Page 1 (or the given page) of a PDF, at true size times `zoom`. */
export function PdfPreview({
  base64,
  zoom,
  page = 1,
  label,
}: {
  base64: string | undefined;
  zoom: number;
  page?: number;
  label: string;
}) {
  // The canvas lives in a node React never renders children into, so replacing it is safe.
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ drawn: string | null; error: string | null }>({ drawn: null, error: null });

  useEffect(() => {
    if (!base64) return;
    let cancelled = false;
    drawPdfPages(base64, zoom, [page]).then(
      ([canvas]) => {
        if (cancelled || !host.current || !canvas) return;
        canvas.setAttribute('aria-label', label);
        canvas.setAttribute('role', 'img');
        canvas.style.display = 'block';
        host.current.replaceChildren(canvas);
        setState({ drawn: base64, error: null });
      },
      (failure: unknown) =>
        !cancelled && setState({ drawn: null, error: failure instanceof Error ? failure.message : String(failure) }),
    );
    return () => {
      cancelled = true;
    };
  }, [base64, zoom, page, label]);

  return (
    <Box pos="relative" style={{ display: 'inline-block' }}>
      {state.error && <Box c="red">预览失败：{state.error}</Box>}
      {!state.drawn && !state.error && <Loader m="xl" />}
      <div ref={host} style={{ boxShadow: '0 1px 6px rgba(0,0,0,.25)', background: 'white' }} />
    </Box>
  );
}
