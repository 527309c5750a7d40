/**
 * The demographic component as a tier extension: the registered tiers pass it to the pipeline
 * together with the demographic weight of their table.
 */
import { scoreDemographic } from '@lunajoy/scoring';

import type { ExtraComponent } from '../types';

/** A demographic score at or above this is worth telling the patient about. */
const TELL_THRESHOLD = 0.75;

/** `scoreDemographic` over the request's profile. */
export const demographicComponent: ExtraComponent = {
  name: 'demographic',
  score: (clinician, context) => scoreDemographic(clinician, context.profile),
  explain: (candidate, context) => {
    const score = candidate.components.demographic ?? 0;
    if (context.profile === null || score < TELL_THRESHOLD) return [];

    const priority = score * (context.weights.demographic ?? 0);
    return [{ kind: 'reason', text: 'Has a good record with patients like you', priority }];
  },
};
