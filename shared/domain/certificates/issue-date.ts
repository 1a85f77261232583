/**
 * A certificate says the training was completed, so its date may not come before the training's
 * last day. Dates are YYYY-MM-DD, which compare as text; a cohort without an end date has no limit.
 */
export function issuedBeforeTrainingEnds(trainingEnd: string | null, issueDate: string): boolean {
  return trainingEnd !== null && trainingEnd !== '' && issueDate < trainingEnd;
}
