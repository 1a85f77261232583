export { addMonths, addYears, describeWait } from './calendar';
export { describeRequirement, describeRoute, describeRuleVersion, schoolKindLabels, titleLabels } from './describe';
export { decide, effectiveRoutes, ruleVersion, type DecisionInput } from './engine';
export { explainDecision } from './explain';
export { ruleSetIds, ruleSets } from './rule-sets';
export type * from './types';
export { schoolKinds, titleLevels } from './types';
