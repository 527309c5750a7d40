export * from './vocabulary';
export * from './domain';
export * from './vocabulary-entry';
