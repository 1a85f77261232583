import type { Grade } from '../grades';

/** Kinds of schooling the application conditions name. */
export const schoolKinds = [
  'technicalSchool', // 技工学校
  'vocationalSecondary', // 中等职业学校（经评估论证的专业）
  'seniorTechnicalSchool', // 高级技工学校 / 技工院校高级工班
  'technicianCollege', // 技师学院
  'preTechnician', // 技师学院毕业并取得预备技师证书
  'higherVocational', // 高等职业学校（经评估论证的专业）
  'juniorCollege', // 大学专科
  'bachelor', // 大学本科
  'master', // 硕士研究生
  'doctor', // 博士研究生
] as const;
export type SchoolKind = (typeof schoolKinds)[number];

export const titleLevels = ['junior', 'intermediate', 'senior'] as const;
export type TitleLevel = (typeof titleLevels)[number];

/** One condition of a route; a route is met when all of its requirements are. */
export type Requirement =
  /** Holds this grade or a higher one in this or a related occupation, for `years` since it was obtained. */
  | { kind: 'grade'; grade: Grade; years: number }
  /** 累计从事本职业或相关职业工作 at least `years`. */
  | { kind: 'work'; years: number }
  | { kind: 'school'; anyOf: SchoolKind[]; relatedMajor: boolean; finalYearAccepted: boolean; label: string }
  /** Currently studying (高等院校在校生). */
  | { kind: 'enrolled'; anyOf: SchoolKind[]; relatedMajor: boolean; label: string }
  /** 职称 of this level or higher, held at least `years`. */
  | { kind: 'title'; level: TitleLevel; years: number }
  | { kind: 'age'; years: number }
  /** 学徒期满 in this or a related occupation. */
  | { kind: 'apprenticeship' }
  /** Completed this occupation's formal training for the grade (old standards' 结业证书). */
  | { kind: 'training'; grade: Grade };

export interface Route {
  /** As eligibility.md numbers it: A4-1, B3-5, … */
  id: string;
  grade: Grade;
  requires: Requirement[];
  /** Not confirmed against a standard's text: used, but flagged in the explanation. */
  unverified?: boolean;
  /** Declared but not applied until a base turns it on for a job type. */
  off?: boolean;
}

export type RuleSetId = 'A' | 'B' | 'C' | 'D';

export interface RuleSet {
  id: RuleSetId;
  /** Bumped whenever a route of the set changes; every decision records it. */
  version: string;
  title: string;
  routes: Route[];
}

/** A base's adjustment of one route for one job type, when its standard says otherwise. */
export interface RouteOverride {
  /** Replaces the years the route counts (its first requirement with years, else its work requirement); also turns an off route on. */
  years?: number;
  off?: boolean;
}

/** What the engine needs to know about a job type. */
export interface JobTypeRules {
  jobTypeId: string;
  ruleSet: RuleSetId;
  offeredGrades: Grade[];
  /** Occupations whose grades count here (本职业或相关职业). */
  relatedJobTypeIds: string[];
  overrides: Record<string, RouteOverride>;
}

export interface HeldGrade {
  jobTypeId: string;
  grade: Grade;
  obtainedOn: string | null;
}

export interface Schooling {
  kind: SchoolKind;
  /** Null when nobody has checked whether the major matches the occupation. */
  relatedMajor: boolean | null;
  status: 'graduated' | 'finalYear' | 'enrolled';
}

/** A trainee's facts as of today; null means not recorded. */
export interface TraineeHistory {
  birthDate: string | null;
  workStartDate: string | null;
  heldGrades: HeldGrade[];
  schooling: Schooling[];
  titles: { level: TitleLevel; obtainedOn: string | null }[];
  apprenticeshipCompletedOn: string | null;
  trainingsCompleted: { jobTypeId: string; grade: Grade; completedOn: string }[];
}

export interface RouteRef {
  id: string;
  /** "取得四级证书后满5年" */
  description: string;
  unverified: boolean;
}

export type EligibilityDecision = {
  grade: Grade;
  ruleVersion: string;
} & (
  | { status: 'held' }
  | { status: 'eligible'; route: RouteRef; since: string }
  | { status: 'waiting'; route: RouteRef; earliest: string }
  /** Cannot decide: a date a route depends on is not recorded. */
  | { status: 'undecidable'; missingFacts: string[]; earliest: string | null }
  | { status: 'ineligible'; missing: string[] }
);
