import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { EnterpriseForm } from './EnterpriseForm';

/** Options for an enterprise picker: those whose name contains the typed text, plus the chosen ones (a base has thousands). */
function useEnterpriseOptions(chosenIds: string[], excludeId?: string) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const options = useApiQuery(api.enterprises.options, { search: debounced, ids: chosenIds });
  const data = (options.data ?? []).filter((o) => o.id !== excludeId).map((o) => ({ value: o.id, label: o.name }));
  // The server has filtered by the text already; the picker shows its answer as is.
  const filter: OptionsFilter = ({ options: all }) => all;
  return { data, search, onSearchChange: setSearch, filter, nothingFoundMessage: '没有找到企业' };
}

/** The option that opens the new-enterprise form with the typed name. */
const createOption = '__create__';

/**
 * Pick an enterprise by typing part of its name. With `creatable`, a name not on record is offered
 * as 新增企业“…”, which opens the enterprise form with that name and picks the enterprise it saves.
 */
export function EnterpriseSelect(props: {
  label?: string;
  placeholder?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
  w?: number | string;
  error?: string;
  creatable?: boolean;
}) {
  const { search, ...picker } = useEnterpriseOptions(props.value ? [props.value] : [], props.excludeId);
  const [creating, setCreating] = useState<string | null>(null);
  const typed = search.trim();
  const known = picker.data.some((o) => o.label === typed);
  const chosenLabel = picker.data.find((o) => o.value === props.value)?.label;
  const offerCreate = props.creatable && typed !== '' && !known && typed !== chosenLabel;
  const data = offerCreate ? [...picker.data, { value: createOption, label: `新增企业“${typed}”…` }] : picker.data;
  return (
    <>
      <Select
        label={props.label}
        placeholder={props.placeholder ?? (props.creatable ? '输入企业名称查找，没有可新增' : '输入企业名称查找')}
        searchable
        clearable
        w={props.w}
        value={props.value}
        error={props.error}
        {...picker}
        data={data}
        nothingFoundMessage={props.creatable ? '没有找到企业，继续输入全称可新增' : picker.nothingFoundMessage}
        onChange={(id) => (id === createOption ? setCreating(typed) : props.onChange(id))}
      />
      {creating !== null && (
        <EnterpriseForm
          initialName={creating}
          onClose={() => setCreating(null)}
          onSaved={(saved) => props.onChange(saved.id)}
        />
      )}
    </>
  );
}

/** Pick several enterprises (a cohort's partner enterprises) by typing part of each name. */
export function EnterpriseMultiSelect(props: { label: string; value: string[]; onChange: (ids: string[]) => void }) {
  const picker = useEnterpriseOptions(props.value);
  return (
    <MultiSelect
      label={props.label}
      placeholder="输入企业名称查找"
      searchable
      clearable
      value={props.value}
      onChange={props.onChange}
      {...picker}
    />
  );
}
