export * from './measures';
export * from './period';
