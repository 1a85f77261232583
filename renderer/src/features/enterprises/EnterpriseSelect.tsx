import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

/** Options for an enterprise picker: those whose name contains the typed text, plus the chosen ones (a base has thousands). */
function useEnterpriseOptions(chosenIds: string[], excludeId?: string) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const options = useApiQuery(api.enterprises.options, { search: debounced, ids: chosenIds });
  const data = (options.data ?? []).filter((o) => o.id !== excludeId).map((o) => ({ value: o.id, label: o.name }));
  // The server has filtered by the text already; the picker shows its answer as is.
  const filter: OptionsFilter = ({ options: all }) => all;
  return { data, onSearchChange: setSearch, filter, nothingFoundMessage: '没有找到企业' };
}

/** Pick an enterprise by typing part of its name. */
export function EnterpriseSelect(props: {
  label?: string;
  placeholder?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
  w?: number | string;
  error?: string;
}) {
  const picker = useEnterpriseOptions(props.value ? [props.value] : [], props.excludeId);
  return (
    <Select label={props.label} placeholder={props.placeholder ?? '输入企业名称查找'} searchable clearable w={props.w} value={props.value} onChange={props.onChange} error={props.error} {...picker} />
  );
}

/** Pick several enterprises (a cohort's partner enterprises) by typing part of each name. */
export function EnterpriseMultiSelect(props: { label: string; value: string[]; onChange: (ids: string[]) => void }) {
  const picker = useEnterpriseOptions(props.value);
  return <MultiSelect label={props.label} placeholder="输入企业名称查找" searchable clearable value={props.value} onChange={props.onChange} {...picker} />;
}
