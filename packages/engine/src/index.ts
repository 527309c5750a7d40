/**
 * Pure matching: the snapshot and its index, hard filters, the shared scoring and ranking
 * pipeline, explanations, suggestions for empty answers, crisis resources and the anonymous
 * tier. Time comes from an injected clock; the same snapshot, request and clock always give the
 * same answer.
 */
export * from './types';
export * from './snapshot/build-snapshot';
export * from './snapshot/candidate-index';
export * from './snapshot/compare-ids';
export * from './filters/hard-filter';
export * from './filters/active.filter';
export * from './filters/capacity.filter';
export * from './filters/age-group.filter';
export * from './filters/excluded.filter';
export * from './filters/filter-request';
export * from './filters/apply-hard-filters';
export * from './scoring/content-components';
export * from './scoring/compare-candidates';
export * from './scoring/score-candidates';
export * from './scoring/demographic-component';
export * from './explain/confidence';
export * from './explain/explain-match';
export * from './explain/sentence';
export * from './ranking/is-available';
export * from './ranking/overlapping-attributes';
export * from './ranking/build-match';
export * from './ranking/rank-candidates';
export * from './suggestions/suggest-relaxations';
export * from './suggestions/empty-result-message';
export * from './safety/crisis-resources';
export * from './tiers/match-anonymous';
export * from './cache/canonical-match-key';
