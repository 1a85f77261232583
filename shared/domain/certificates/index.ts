export * from './calibration';
export * from './layout';
export * from './numbering';
export * from './template';
export * from './verification';
