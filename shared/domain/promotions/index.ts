export * from './ledger';
export * from './honours';
