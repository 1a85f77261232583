/**
 * The cohort lifecycle 筹备 → 报名 → 培训中 → 待鉴定 → 已鉴定 → 已结业. A move is always one step
 * forward or one step back (an administrator undoing a premature move), and each has its checks.
 */
export const cohortStages = ['planning', 'enrolling', 'training', 'awaiting', 'appraised', 'closed'] as const;
export type CohortStage = (typeof cohortStages)[number];

export const stageLabels: Record<CohortStage, string> = {
  planning: '筹备',
  enrolling: '报名',
  training: '培训中',
  awaiting: '待鉴定',
  appraised: '已鉴定',
  closed: '已结业',
};

/** Stages in which a cohort still holds its trainees (a trainee may be in one such cohort per job type and grade). */
export const openStages: readonly CohortStage[] = ['planning', 'enrolling', 'training', 'awaiting'];

/** What a cohort's stage allows: the services refuse by it, and the detail carries it as `can` for the screens. */
export interface StagePermissions {
  /** Trainees may be added or withdrawn (until training ends). */
  enroll: boolean;
  /** Sessions are recorded while the cohort trains, and corrected until it is appraised. */
  attendance: boolean;
  /** Marks are entered once training is over, and corrected after appraisal. */
  marks: boolean;
}

export const stagePermissions: Record<CohortStage, StagePermissions> = {
  planning: { enroll: true, attendance: false, marks: false },
  enrolling: { enroll: true, attendance: true, marks: false },
  training: { enroll: true, attendance: true, marks: false },
  awaiting: { enroll: false, attendance: true, marks: true },
  appraised: { enroll: false, attendance: false, marks: true },
  closed: { enroll: false, attendance: false, marks: false },
};

/** The stages that allow an action, for the services' checks. */
export const stagesAllowing = (action: keyof StagePermissions): readonly CohortStage[] =>
  cohortStages.filter((stage) => stagePermissions[stage][action]);

/** Stages in which trainees may be added or withdrawn. */
export const enrollableStages = stagesAllowing('enroll');

/** What the checks of a move need to know about the cohort. */
export interface CohortFacts {
  stage: CohortStage;
  enrolled: number;
  capacity: number;
  sessions: number;
  /** Enrollments short of the required hours without a waiver. */
  shortOfHours: number;
  /** Enrollments allowed to sit whose marks are incomplete. */
  missingScores: number;
  /** Marks entered but not yet confirmed by a second person. */
  unconfirmedMarks: number;
}

export interface StageMove {
  from: CohortStage;
  to: CohortStage;
  /** Blocking problems, in Chinese; empty when the move is allowed. */
  problems: string[];
}

export function stageIndex(stage: CohortStage): number {
  return cohortStages.indexOf(stage);
}

export function nextStage(stage: CohortStage): CohortStage | null {
  return cohortStages[stageIndex(stage) + 1] ?? null;
}

export function previousStage(stage: CohortStage): CohortStage | null {
  return stageIndex(stage) === 0 ? null : cohortStages[stageIndex(stage) - 1]!;
}

/** Checks a move against the facts; going back is allowed except out of 已鉴定 (results are published). */
export function checkStageMove(facts: CohortFacts, to: CohortStage): StageMove {
  const from = facts.stage;
  const problems: string[] = [];
  if (to === previousStage(from)) {
    if (from === 'appraised' || from === 'closed')
      problems.push('成绩已发布，不能退回；如需更正成绩请在成绩页填写理由修改');
    return { from, to, problems };
  }
  if (to !== nextStage(from)) {
    return { from, to, problems: [`不能从“${stageLabels[from]}”直接转到“${stageLabels[to]}”，只能逐级推进`] };
  }
  switch (to) {
    case 'enrolling':
      break;
    case 'training':
      if (facts.enrolled === 0) problems.push('还没有报名学员，不能开班');
      if (facts.enrolled > facts.capacity) problems.push(`报名人数 ${facts.enrolled} 超过容量 ${facts.capacity}`);
      break;
    case 'awaiting':
      if (facts.sessions === 0) problems.push('还没有任何考勤课次，不能结束培训');
      break;
    case 'appraised':
      if (facts.missingScores > 0) problems.push(`还有 ${facts.missingScores} 名学员成绩未录全（缺考请录“缺考”）`);
      if (facts.unconfirmedMarks > 0) problems.push(`还有 ${facts.unconfirmedMarks} 项成绩未经第二人确认`);
      break;
    case 'closed':
      break;
    case 'planning':
      break;
  }
  return { from, to, problems };
}
