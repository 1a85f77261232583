export * from './administrators';
export * from './lockout';
export * from './passwords';
