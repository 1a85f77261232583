export * from './ledger';
export * from './print-batch';
export * from './maker-checker';
