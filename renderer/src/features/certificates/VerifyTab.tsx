import { Alert, Button, Card, Group, SegmentedControl, Stack, Table, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle, IconBan } from '@tabler/icons-react';
import { useState } from 'react';
import type { VerifyResult } from '@shared/contract/certificates';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { api } from '../../api/client';
import { notifyFailed } from '../../components/notify';

const verdicts = {
  genuine: { label: '真实有效', color: 'teal', icon: IconCircleCheck },
  altered: { label: '内容不符（可能被涂改或伪造）', color: 'red', icon: IconAlertTriangle },
  voided: { label: '已作废', color: 'orange', icon: IconBan },
  unknown: { label: '查无此证', color: 'gray', icon: IconHelpCircle },
} as const;

/** Checks a certificate presented on paper: number and code typed, or the QR code scanned (a scanner types its text). */
export function VerifyTab() {
  const [mode, setMode] = useState<'typed' | 'scan'>('typed');
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);

  const check = async () => {
    try {
      setResult(await api.certificates.verify(mode === 'scan' ? { text } : { number, code }));
    } catch (error) {
      setResult(null);
      notifyFailed(error);
    }
  };
  const verdict = result ? verdicts[result.verdict] : null;
  return (
    <Stack maw={760}>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as 'typed' | 'scan')}
        data={[
          { value: 'typed', label: '输入编号与校验码' },
          { value: 'scan', label: '扫描二维码' },
        ]}
        w={320}
      />
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <Group align="end">
            {mode === 'typed' ? (
              <>
                <TextInput label="证书编号" value={number} onChange={(e) => setNumber(e.currentTarget.value)} w={260} />
                <TextInput
                  label="校验码"
                  placeholder="XXXX-XXXX"
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  w={160}
                />
              </>
            ) : (
              <TextInput
                label="扫描内容"
                placeholder="把光标放在这里，用扫码枪扫描证书二维码"
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                w={440}
                autoFocus
              />
            )}
            <Button type="submit">核验</Button>
          </Group>
        </form>
      </Card>
      {result && verdict && (
        <Alert color={verdict.color} icon={<verdict.icon />} title={verdict.label} role="status">
          {result.explanation}
          {result.recorded && (
            <Table mt="sm" withRowBorders={false} aria-label="本基地记录">
              <Table.Tbody>
                {[
                  ['证书', certificateKindLabels[result.recorded.kind]],
                  ['证书编号', result.recorded.certificateNo],
                  ['姓名', result.recorded.name],
                  ['性别', result.recorded.sex],
                  ['身份证号', result.recorded.maskedIdNumber],
                  ['职业（工种）', result.recorded.jobTypeName],
                  ['等级', result.recorded.grade],
                  ['发证日期', result.recorded.issueDate],
                ].map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Td w={120}>{label}</Table.Td>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Alert>
      )}
    </Stack>
  );
}
