import { ruleSets } from './rule-sets';
import { gradeShortLabel } from '../grades';
import type { Requirement, Route, SchoolKind, TitleLevel } from './types';

export const titleLabels: Record<TitleLevel, string> = {
  junior: '初级职称',
  intermediate: '中级职称',
  senior: '高级职称',
};

export const schoolKindLabels: Record<SchoolKind, string> = {
  technicalSchool: '技工学校',
  vocationalSecondary: '中等职业学校',
  seniorTechnicalSchool: '高级技工学校/技工院校高级工班',
  technicianCollege: '技师学院',
  preTechnician: '技师学院（取得预备技师证书）',
  higherVocational: '高等职业学校',
  juniorCollege: '大学专科',
  bachelor: '大学本科',
  master: '硕士研究生',
  doctor: '博士研究生',
};

/** "取得四级证书后满5年" — the text a clerk reads, generated so that an adjusted year count shows. */
export function describeRequirement(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'grade': {
      const cert = `取得${gradeShortLabel(requirement.grade)}证书`;
      return requirement.years > 0 ? `${cert}后满${requirement.years}年` : cert;
    }
    case 'work':
      return requirement.years > 0
        ? `累计从事本职业或相关职业工作满${requirement.years}年`
        : '从事本职业或相关职业工作';
    case 'school':
    case 'enrolled':
      return requirement.label;
    case 'title':
      return requirement.years > 0
        ? `取得${titleLabels[requirement.level]}后满${requirement.years}年`
        : `取得${titleLabels[requirement.level]}`;
    case 'age':
      return `年满${requirement.years}周岁`;
    case 'apprenticeship':
      return '本职业或相关职业学徒期满';
    case 'training':
      return `经本职业${gradeShortLabel(requirement.grade)}正规培训并取得结业证书`;
  }
}

export function describeRoute(route: Route): string {
  return route.requires.map(describeRequirement).join('，');
}

/**
 * A decision's rule version ("A/2018.1（本工种调整：A4-1 2年）") in the clerk's words: the title of
 * its rule set, and whether this job type adjusted it. The version itself stays for 详细.
 */
export function describeRuleVersion(version: string): string {
  const id = version.split('/')[0] as keyof typeof ruleSets;
  const set = ruleSets[id];
  if (!set) return version;
  return `${set.title.replace('（默认）', '')}${version.includes('本工种调整') ? '，本工种有调整' : ''}`;
}
