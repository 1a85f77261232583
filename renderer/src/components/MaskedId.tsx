import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A masked ID or phone, with an eye button that fetches the whole value on demand (the fetch is
 * role-checked and logged by the main process) and hides it again.
 */
export function MaskedId({ masked, reveal, label }: { masked: string; reveal?: () => Promise<string>; label: string }) {
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    if (full !== null) return setFull(null);
    setBusy(true);
    try {
      setFull(await reveal!());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap={4} wrap="nowrap">
      <Text ff="monospace" size="sm" aria-label={label}>
        {full ?? masked}
      </Text>
      {reveal && masked !== '' && (
        <Tooltip label={full ? '隐藏' : '显示完整号码（将记入操作日志）'}>
          <ActionIcon
            variant="subtle"
            size="sm"
            loading={busy}
            onClick={() => void toggle()}
            aria-label={full ? `隐藏${label}` : `显示完整${label}`}
          >
            {full ? <IconEyeOff size={16} /> : <IconEye size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
