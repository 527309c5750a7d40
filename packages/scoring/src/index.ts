/**
 * Pure score components, weight tables and boosts of the matching score. Every function takes
 * plain values (time as epoch milliseconds) and returns 0..1.
 */
export * from './scoring-config';
export * from './weight-tables';
export * from './clamp';
export * from './availability.score';
export * from './insurance.score';
export * from './specialties.score';
export * from './preferences.score';
export * from './load-balance.score';
export * from './demographic.score';
export * from './boosts';
export * from './combine-score';
