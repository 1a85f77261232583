import { gradeShortLabel } from '../grades';
import type { Requirement, Route, TitleLevel } from './types';

export const titleLabels: Record<TitleLevel, string> = { junior: '初级职称', intermediate: '中级职称', senior: '高级职称' };

/** "取得四级证书后满5年" — the text a clerk reads, generated so that an adjusted year count shows. */
export function describeRequirement(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'grade': {
      const cert = `取得${gradeShortLabel(requirement.grade)}证书`;
      return requirement.years > 0 ? `${cert}后满${requirement.years}年` : cert;
    }
    case 'work':
      return requirement.years > 0 ? `累计从事本职业或相关职业工作满${requirement.years}年` : '从事本职业或相关职业工作';
    case 'school':
    case 'enrolled':
      return requirement.label;
    case 'title':
      return requirement.years > 0 ? `取得${titleLabels[requirement.level]}后满${requirement.years}年` : `取得${titleLabels[requirement.level]}`;
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
