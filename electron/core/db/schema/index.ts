export * from './audit';
export * from './base-profile';
export * from './enterprises';
export * from './trainees';
