import { expect, it } from 'vitest';
import { describeRuleVersion } from './describe';

it('names the rule set of a decision in words, with a note when the job type adjusted it', () => {
  expect(describeRuleVersion('A/2018.1')).toBe('2018 年版技术规程');
  expect(describeRuleVersion('C/2023.1（本工种调整：C2-4 3年）')).toBe(
    '2023 年版技术规程（2024 年起的国家职业标准），本工种有调整',
  );
  expect(describeRuleVersion('Z/1')).toBe('Z/1');
});
