import { Alert, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { StockItemState } from '@shared/contract/stock';
import { stockItemLabels, type StockItem } from '@shared/domain/stock/ledger';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

export type MovementAction = 'receive' | 'spoil' | 'stocktake' | 'destroy';

const titles: Record<MovementAction, string> = {
  receive: '入库',
  spoil: '登记损坏作废',
  stocktake: '盘点',
  destroy: '提交销毁单',
};
const reasonLabels: Record<MovementAction, string> = {
  receive: '来源（申领单号、发放单位）',
  spoil: '作废原因（卡纸、错位、污损…）',
  stocktake: '差异原因（与账面不符时必填）',
  destroy: '销毁说明（方式、地点、监销人）',
};

/** One form for the four things a clerk does to the stock by hand; what needs a second person says so. */
export function MovementDialog({
  action,
  state,
  onClose,
}: {
  action: MovementAction;
  state: StockItemState;
  onClose: () => void;
}) {
  const [quantity, setQuantity] = useState<number | string>(action === 'stocktake' ? state.balance.available : '');
  const [reason, setReason] = useState('');
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [overLimitReason, setOverLimitReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cohorts = useApiQuery(api.certificates.listCohorts, {});
  const item: StockItem = state.item;
  const label = stockItemLabels[item];

  const submit = async () => {
    const n = Number(quantity);
    setBusy(true);
    setError(null);
    try {
      if (action === 'receive') {
        const row = await api.stock.receive({ item, quantity: n, reason });
        notifyDone(`${label}入库 ${n} 张，现可用 ${row.availableAfter} 张`);
      } else if (action === 'spoil') {
        const row = await api.stock.spoil({
          item,
          quantity: n,
          reason,
          cohortId: cohortId ?? undefined,
          overLimitReason: overLimitReason || undefined,
        });
        notifyDone(`已登记损坏作废 ${n} 张，转入待销毁（现待销毁 ${row.pendingAfter} 张）`);
      } else if (action === 'stocktake') {
        const result = await api.stock.stocktake({ item, counted: n, reason });
        notifyDone(
          result.review ? `实盘与账面差 ${result.difference} 张，调整已提交，待另一位工作人员审核` : '实盘与账面相符',
        );
      } else {
        await api.stock.requestDestruction({ item, quantity: n, reason });
        notifyDone(`销毁单 ${n} 张已提交，待另一位工作人员审核后销毁`);
      }
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      notifyFailed(failure);
    } finally {
      setBusy(false);
    }
  };

  const difference = action === 'stocktake' && quantity !== '' ? Number(quantity) - state.balance.available : 0;
  return (
    <Modal opened onClose={onClose} title={`${label}：${titles[action]}`}>
      <Stack>
        <Text size="sm" c="dimmed">
          现有可用 {state.balance.available} 张，待销毁 {state.balance.pending} 张。
        </Text>
        <NumberInput
          label={action === 'stocktake' ? '实盘可用张数' : '张数'}
          value={quantity}
          onChange={setQuantity}
          min={0}
          allowDecimal={false}
          data-autofocus
        />
        {action === 'stocktake' && difference !== 0 && (
          <Alert color="orange">
            与账面差 {difference > 0 ? '+' : ''}
            {difference} 张：调整须由另一位工作人员审核后才计入账面。
          </Alert>
        )}
        {action === 'spoil' && item === 'blank' && (
          <Select
            label="所属培训班（打印时损坏的填写）"
            placeholder="不属于某个班可不选"
            clearable
            searchable
            data={(cohorts.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（合格 ${c.passed} 人）` }))}
            value={cohortId}
            onChange={setCohortId}
          />
        )}
        <TextInput
          label={reasonLabels[action]}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={200}
        />
        {action === 'spoil' && error?.includes('超领原因') && (
          <TextInput
            label="超领原因"
            value={overLimitReason}
            onChange={(e) => setOverLimitReason(e.currentTarget.value)}
            maxLength={200}
          />
        )}
        {error && <Alert color="red">{error}</Alert>}
        <ModalActions
          onCancel={onClose}
          onConfirm={() => void submit()}
          confirm={action === 'stocktake' || action === 'destroy' ? '提交' : titles[action]}
          loading={busy}
        />
      </Stack>
    </Modal>
  );
}
