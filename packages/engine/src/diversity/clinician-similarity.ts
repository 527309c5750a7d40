/**
 * How alike two clinicians look to a patient scanning a list: the mean of the Jaccard overlap of
 * their specialties, the Jaccard overlap of their treatment modalities, and whether they share a
 * gender (Jaccard of two one-element sets: 1 or 0). 0 = nothing in common, 1 = near copies.
 */
import type { Clinician } from '@lunajoy/models';

/** What the diversity similarity looks at. */
export type DiversityProfile = Pick<Clinician, 'specialties' | 'treatmentModalities' | 'gender'>;

/** |a ∩ b| ÷ |a ∪ b|; two empty sets are identical (1). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const value of left) if (right.has(value)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Similarity of two clinicians for diversity re-ranking, 0..1. */
export function clinicianSimilarity(a: DiversityProfile, b: DiversityProfile): number {
  const specialties = jaccard(a.specialties, b.specialties);
  const modalities = jaccard(a.treatmentModalities, b.treatmentModalities);
  const gender = a.gender === b.gender ? 1 : 0;
  return (specialties + modalities + gender) / 3;
}
