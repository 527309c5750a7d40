export * from './test-database';
export * from './table-checksum';
export * from './import-fixture';
