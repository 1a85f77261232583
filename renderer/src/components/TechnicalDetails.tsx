import { Anchor, Code, Collapse, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/** The clerk's words first; the technical name (a migration, a rule version) only behind 详细. */
export function TechnicalDetails({ children, label = '详细' }: { children: ReactNode; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap={2} align="flex-start">
      <Anchor
        component="button"
        type="button"
        size="xs"
        c="dimmed"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
      >
        {open ? `收起${label}` : label}
      </Anchor>
      <Collapse in={open}>
        <Code fz="xs">{children}</Code>
      </Collapse>
    </Stack>
  );
}
