export * from './audit';
export * from './base-profile';
export * from './enterprises';
export * from './trainees';
export * from './job-types';
export * from './trainee-grades';
export * from './cohorts';
export * from './certificates';
