import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { CatalogView } from './CatalogView';
import { EligibleSearch } from '../eligibility/EligibleSearch';

/** #/job-types: the catalog; ?tab=eligible: who may apply for a grade now or within N months. */
export function JobTypesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'eligible' ? 'eligible' : 'catalog';
  return (
    <Stack>
      <Title order={2}>工种目录</Title>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'eligible' ? { tab: 'eligible' } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="catalog">工种与等级</Tabs.Tab>
          <Tabs.Tab value="eligible">可申报查询</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalog" pt="md">
          <CatalogView />
        </Tabs.Panel>
        <Tabs.Panel value="eligible" pt="md">
          <EligibleSearch />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
