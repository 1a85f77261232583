/**
 * Honours a worker gains from competitions (or otherwise), recorded with the body that awarded
 * them. 中华技能大奖 and 全国技术能手 also bar their holders from entering as contestants.
 */
export const honourKinds = [
  'skillsAward',
  'nationalMaster',
  'provinceMaster',
  'cityMaster',
  'mayDayNational',
  'mayDayProvince',
  'mayDayCity',
  'goldWorker',
  'other',
] as const;
export type HonourKind = (typeof honourKinds)[number];

export const honourLabels: Record<HonourKind, string> = {
  skillsAward: '中华技能大奖',
  nationalMaster: '全国技术能手',
  provinceMaster: '省技术能手',
  cityMaster: '市技术能手',
  mayDayNational: '全国五一劳动奖章',
  mayDayProvince: '省五一劳动奖章',
  mayDayCity: '市五一劳动奖章',
  goldWorker: '金牌工人',
  other: '其他荣誉',
};

/** The usual awarding body, pre-filled in the form (a base corrects it to the exact name). */
export const usualAwardingBody: Record<HonourKind, string> = {
  skillsAward: '人力资源和社会保障部',
  nationalMaster: '人力资源和社会保障部',
  provinceMaster: '省人力资源和社会保障厅',
  cityMaster: '市人力资源和社会保障局',
  mayDayNational: '中华全国总工会',
  mayDayProvince: '省总工会',
  mayDayCity: '市总工会',
  goldWorker: '省总工会',
  other: '',
};

/** Holders of these may not enter a competition as contestants (德化陶瓷竞赛 notice). */
export const excludingHonours: readonly HonourKind[] = ['skillsAward', 'nationalMaster'];
