/**
 * The basic tier's boost for the clinicians the patient's cluster booked or contacted most:
 * ×(1 + strength × favourite score), so the cluster's top favourite gets ×1.15 at the default
 * strength and a clinician the cluster barely chose gets almost nothing. A boost rather than a
 * component: it lifts clinicians who already fit, it cannot carry one who does not.
 */
import type { ExtraBoost } from '../types';
import type { PatientCluster } from './patient-cluster';

/** The boost's name in `boostsApplied`. */
export const CLUSTER_FAVOURITE_BOOST = 'cluster_favourite';

/** Default strength: the top favourite's score is multiplied by 1.15. */
export const DEFAULT_CLUSTER_BOOST_STRENGTH = 0.15;

/** A favourite score at or above this is worth telling the patient about. */
const TELL_THRESHOLD = 0.25;

/** The boost for one patient's cluster. */
export function clusterFavouriteBoost(
  cluster: PatientCluster,
  strength: number = DEFAULT_CLUSTER_BOOST_STRENGTH,
): ExtraBoost {
  return {
    name: CLUSTER_FAVOURITE_BOOST,
    multiplier: (clinician) => {
      const favourite = cluster.favourites.get(clinician.id);
      return favourite === undefined
        ? null
        : Math.round((1 + strength * favourite) * 10000) / 10000;
    },
    explain: (candidate) => {
      const favourite = cluster.favourites.get(candidate.clinician.id) ?? 0;
      if (favourite < TELL_THRESHOLD) return [];
      return [
        {
          kind: 'reason',
          text: 'Popular with patients like you',
          priority: strength * favourite * candidate.weightedScore,
        },
      ];
    },
  };
}
