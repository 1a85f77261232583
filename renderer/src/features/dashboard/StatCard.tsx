import { Card, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One big figure with its label; a link when `to` is given. */
export function StatCard({
  label,
  value,
  detail,
  to,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  to?: string;
}) {
  const card = (
    <Card withBorder padding="md" h="100%" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={30} fw={700} lh={1.3}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
  return to ? (
    <UnstyledButton component={Link} to={to}>
      {card}
    </UnstyledButton>
  ) : (
    card
  );
}

export const formatCount = (n: number) => n.toLocaleString('zh-CN');
