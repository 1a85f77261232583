import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

/** Pick an enterprise by typing part of its name (a base has thousands). */
export function EnterpriseSelect(props: {
  label?: string;
  placeholder?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
  w?: number | string;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const options = useApiQuery(api.enterprises.options, { search: debounced, ids: props.value ? [props.value] : [] });
  const data = (options.data ?? []).filter((o) => o.id !== props.excludeId).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Select
      label={props.label}
      placeholder={props.placeholder ?? '输入企业名称查找'}
      searchable
      clearable
      w={props.w}
      data={data}
      value={props.value}
      onChange={props.onChange}
      onSearchChange={setSearch}
      nothingFoundMessage="没有找到企业"
      filter={({ options: all }) => all}
      error={props.error}
    />
  );
}
