/**
 * The complete tier's collaborative component: the predicted rating from the patient's
 * neighbourhood, or the configured score for a clinician none of the neighbours rated.
 */
import type { ExtraComponent } from '../types';

/** A prediction at or above this is worth telling the patient about. */
const TELL_THRESHOLD = 0.5;

/** The component over one patient's predictions (clinician id → 0..1). */
export function collaborativeComponent(
  predictions: ReadonlyMap<string, number>,
  unratedScore: number,
): ExtraComponent {
  return {
    name: 'collaborative',
    score: (clinician) => predictions.get(clinician.id) ?? unratedScore,
    explain: (candidate, context) => {
      const prediction = predictions.get(candidate.clinician.id);
      if (prediction === undefined || prediction < TELL_THRESHOLD) return [];
      const priority = prediction * (context.weights.collaborative ?? 0);
      return [{ kind: 'reason', text: 'Chosen by patients whose history is like yours', priority }];
    },
  };
}
