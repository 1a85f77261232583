export * from './levels';
export * from './rules';
export * from './engine';
export * from './results';
