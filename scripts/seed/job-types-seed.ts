/**
 * Turns the research table ../shared/data/job-types.tsv into resources/seed/job-types.json, the
 * catalog a new database starts with. Run by hand when the research changes:
 *   npx tsx scripts/seed/job-types-seed.ts [path/to/job-types.tsv]
 * Rule sets and hours follow ../shared/data/eligibility.md; everything else is the base's to edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tsvPath = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/job-types.tsv', import.meta.url));
const outPath = fileURLToPath(new URL('../../resources/seed/job-types.json', import.meta.url));

/** Standards that use another rule set than the 2018 template (eligibility.md, sets B to D). */
const ruleSets: Record<string, 'B' | 'C' | 'D'> = {
  劳动关系协调师: 'B',
  婴幼儿发展引导员: 'C',
  网络与信息安全管理员: 'C',
  制鞋工: 'D',
  半导体芯片制造工: 'D',
  半导体分立器件和集成电路装调工: 'D',
};

/** Published hours per grade 5..1 (eligibility.md, 培训参考学时); null where a grade is not offered. */
const publishedHours: Record<string, (number | null)[]> = {
  人工智能训练师: [60, 50, 40, 40, 30],
  互联网营销师: [120, 104, 88, 72, 72],
  工业机器人系统操作员: [null, 180, 160, 140, 120],
  中式烹调师: [400, 350, 250, 150, 100],
  机修钳工: [500, 400, 300, 300, 200],
  评茶师: [200, 180, 160, 140, 120],
  化学检验员: [180, 180, 180, 150, 150],
  制鞋工: [200, 200, 200, 200, null],
};
/** Median of the published figures per grade, as an editable default for the others. */
const defaultHours = [200, 180, 180, 150, 120];

/** Related occupations a standard names (劳动关系协调员 2019 names 人力资源管理). */
const related: Record<string, string[]> = { 劳动关系协调师: ['企业人力资源管理师'] };

const rows = readFileSync(tsvPath, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));
const codeByName = new Map(rows.map(([code, name]) => [name!, code!]));
const jobTypes = rows.map(([code, name, , , , industry, gradeList]) => {
  const hours = publishedHours[name!] ?? defaultHours;
  return {
    code: code!,
    name: name!,
    industry: industry!,
    ruleSet: ruleSets[name!] ?? 'A',
    grades: gradeList!
      .split(',')
      .map(Number)
      .map((grade) => ({ grade, trainingHours: hours[5 - grade] ?? defaultHours[5 - grade]! })),
    related: (related[name!] ?? []).map((n) => codeByName.get(n)!),
  };
});
writeFileSync(outPath, `${JSON.stringify({ source: 'shared/data/job-types.tsv', jobTypes }, null, 1)}\n`);
console.log(`${jobTypes.length} job types → ${outPath}`);
