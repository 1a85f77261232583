import { Accordion, Badge, Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { JobTypeInput } from '@shared/contract/job-types';
import { describeRoute, effectiveRoutes, ruleSets, type RouteOverride } from '@shared/domain/eligibility';
import { gradeLabel, type Grade } from '@shared/domain/grades';

/**
 * The application conditions in force for this job type, per grade, with the base's adjustments:
 * a route's years when its standard differs from the template, or the route switched off.
 */
export function RouteOverrides({
  form,
  onChange,
}: {
  form: JobTypeInput;
  onChange: (overrides: Record<string, RouteOverride>) => void;
}) {
  const ruleSet = ruleSets[form.ruleSet ?? 'A'];
  const overrides = form.ruleOverrides ?? {};
  const offered = form.grades.map((g) => g.grade as Grade);
  const rules = { jobTypeId: '', ruleSet: ruleSet.id, offeredGrades: offered, relatedJobTypeIds: [], overrides };
  const update = (routeId: string, patch: RouteOverride) => {
    const next = { ...overrides, [routeId]: { ...overrides[routeId], ...patch } };
    const cleaned = Object.fromEntries(Object.entries(next[routeId]!).filter(([, v]) => v !== undefined));
    if (Object.keys(cleaned).length === 0) delete next[routeId];
    else next[routeId] = cleaned;
    onChange(next);
  };

  return (
    <Accordion mt="md" variant="contained">
      <Accordion.Item value="routes">
        <Accordion.Control>
          申报条件（{ruleSet.id}/{ruleSet.version}，{ruleSet.title}）
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            {offered.map((grade) => {
              const inForce = new Map(effectiveRoutes(rules, grade).map((r) => [r.id, r]));
              return (
                <Stack key={grade} gap={4}>
                  <Text fw={600} size="sm">
                    {gradeLabel(grade)}（具备以下条件之一）
                  </Text>
                  {ruleSet.routes
                    .filter((r) => r.grade === grade)
                    .map((declared) => {
                      const route = inForce.get(declared.id) ?? declared;
                      const timed = declared.requires.find((r) => 'years' in r);
                      return (
                        <Group key={declared.id} gap="xs" wrap="nowrap">
                          <Badge variant="light" w={56}>
                            {declared.id}
                          </Badge>
                          <Text
                            size="sm"
                            style={{ flex: 1 }}
                            td={inForce.has(declared.id) ? undefined : 'line-through'}
                          >
                            {describeRoute(route)}
                          </Text>
                          {declared.unverified && (
                            <Badge color="orange" variant="light">
                              待核实
                            </Badge>
                          )}
                          {timed && (
                            <NumberInput
                              aria-label={`${declared.id}年限`}
                              size="xs"
                              w={80}
                              min={0}
                              max={30}
                              suffix=" 年"
                              placeholder="默认"
                              value={overrides[declared.id]?.years ?? ''}
                              onChange={(v) => update(declared.id, { years: v === '' ? undefined : Number(v) })}
                            />
                          )}
                          <Checkbox
                            size="xs"
                            label="停用"
                            checked={overrides[declared.id]?.off ?? false}
                            onChange={(e) => update(declared.id, { off: e.currentTarget.checked ? true : undefined })}
                          />
                        </Group>
                      );
                    })}
                </Stack>
              );
            })}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
