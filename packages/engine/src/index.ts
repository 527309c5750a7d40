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
// Learning (clusters, collaborative filtering), diversity, the registered tiers and evaluation.
export * from './learning/action-ratings';
export * from './learning/interaction-matrix';
export * from './learning/neighbourhoods';
export * from './learning/collaborative-predictor';
export * from './learning/patient-features';
export * from './learning/clustering';
export * from './learning/cluster-labels';
export * from './learning/cluster-favourites';
export * from './learning/model';
export * from './learning/model-serialisation';
export * from './diversity/clinician-similarity';
export * from './diversity/mmr';
export * from './tiers/registered-settings';
export * from './tiers/patient-cluster';
export * from './tiers/cluster-favourite.boost';
export * from './tiers/collaborative.component';
export * from './tiers/diversity-selector';
export * from './tiers/basic-tier';
export * from './tiers/complete-tier';
export * from './evaluation/ranking-metrics';
export * from './evaluation/hold-out';
export * from './evaluation/baselines';
export * from './evaluation/evaluate-strategies';
