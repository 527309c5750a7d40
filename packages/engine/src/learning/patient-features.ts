/**
 * The numeric feature vector a registered patient is clustered on.
 *
 * Blocks, in order (each value before scaling is 0..1):
 * - `age`: the age range as an ordinal, `13-17` = 0 … `65+` = 1; unknown = 0.5 (the middle)
 * - `needs`: multi-hot over the specialty vocabulary, divided by its L2 norm
 * - `experience`: one-hot `first_time` / `returning` / `experienced`; unknown = all zero
 * - `urgency`: 1 for `immediate`, 0 for `flexible`; no preferences = 0.5
 * - `payment`: one-hot `insured` / `self_pay` / `none`
 * - `appointment`: one-hot `therapy` / `medication`
 * - `goals`: multi-hot over the goal vocabulary, divided by its L2 norm
 *
 * Scaling: k-means uses squared Euclidean distance, so a block's influence is the largest
 * squared distance it can put between two patients. One-hot and L2-normalised multi-hot blocks
 * reach 2, a single 0..1 value reaches 1; each block is multiplied by √(weight / reach), so every
 * block contributes at most its weight, whatever its width. Without this the needs block (one
 * column per specialty) would outvote age, a single column.
 */
import {
  AGE_RANGES,
  APPOINTMENT_TYPES,
  SELF_PAY,
  THERAPY_EXPERIENCE,
  type PatientPreferences,
  type PatientProfile,
} from '@lunajoy/models';

const sortedUnique = (values: readonly string[]): string[] => [...new Set(values)].sort();

/** The blocks of the patient feature vector, in vector order. */
export const FEATURE_BLOCKS = [
  'age',
  'needs',
  'experience',
  'urgency',
  'payment',
  'appointment',
  'goals',
] as const;
export type FeatureBlockName = (typeof FEATURE_BLOCKS)[number];

/** How the patient paid, as the payment block encodes it. */
export const PAYMENT_KINDS = ['insured', 'self_pay', 'none'] as const;

/** Relative influence of each block on the distance between two patients. */
export type FeatureWeights = Record<FeatureBlockName, number>;

/** Needs and goals matter most for who a patient ends up booking; urgency and payment least. */
export const DEFAULT_FEATURE_WEIGHTS: Readonly<FeatureWeights> = {
  age: 1,
  needs: 1.5,
  experience: 1,
  urgency: 0.5,
  payment: 0.5,
  appointment: 0.75,
  goals: 1,
};

/** The vocabularies the multi-hot blocks range over (canonical keys). */
export interface FeatureVocabulary {
  specialties: readonly string[];
  therapyGoals: readonly string[];
}

/**
 * The vocabularies for a set of patients: the data's specialties (vocabulary entries or keys)
 * and every therapy goal the patients name, since goals have no fixed vocabulary.
 */
export function featureVocabularyOf(
  specialties: readonly (string | { value: string })[],
  patients: readonly FeaturePatient[],
): FeatureVocabulary {
  return {
    specialties: sortedUnique(specialties.map((s) => (typeof s === 'string' ? s : s.value))),
    therapyGoals: sortedUnique(patients.flatMap((p) => p.profile.therapyGoals)),
  };
}

/** One block of the vector: where it sits, what each column means and how it is scaled. */
export interface FeatureBlock {
  name: FeatureBlockName;
  offset: number;
  /** one label per column: an age range, need, experience, goal, … */
  columns: string[];
  /** multiplier applied to the block's 0..1 values */
  scale: number;
}

/** Everything needed to rebuild the same vector for a new patient; plain data, serialisable. */
export interface FeatureSpec {
  dimension: number;
  blocks: FeatureBlock[];
  weights: FeatureWeights;
}

/** What the feature vector is built from: a registered patient's preferences and profile. */
export interface FeaturePatient {
  preferences: PatientPreferences | null;
  profile: PatientProfile;
}

/** Builds the feature layout for the given vocabularies and block weights. */
export function buildFeatureSpec(
  vocabulary: FeatureVocabulary,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): FeatureSpec {
  const columnsOf: Record<FeatureBlockName, string[]> = {
    age: ['age'],
    needs: sortedUnique(vocabulary.specialties),
    experience: [...THERAPY_EXPERIENCE],
    urgency: ['immediate'],
    payment: [...PAYMENT_KINDS],
    appointment: [...APPOINTMENT_TYPES],
    goals: sortedUnique(vocabulary.therapyGoals),
  };
  const blocks: FeatureBlock[] = [];
  let offset = 0;

  for (const name of FEATURE_BLOCKS) {
    const columns = columnsOf[name];
    const reach = columns.length === 1 ? 1 : 2;
    blocks.push({ name, offset, columns, scale: Math.sqrt(Math.max(0, weights[name]) / reach) });
    offset += columns.length;
  }

  return { dimension: offset, blocks, weights: { ...weights } };
}

/** The block of a spec by name. */
export function featureBlock(spec: FeatureSpec, name: FeatureBlockName): FeatureBlock {
  const block = spec.blocks.find((b) => b.name === name);
  if (!block) throw new Error(`feature block ${name} is missing from the spec`);
  return block;
}

/** The payment kind of a patient's insurance preference. */
export function paymentKind(insurance: string | null | undefined): (typeof PAYMENT_KINDS)[number] {
  if (!insurance) return 'none';
  return insurance === SELF_PAY ? 'self_pay' : 'insured';
}

/** The unscaled 0..1 values of each block, before weights. */
function rawBlocks(patient: FeaturePatient, spec: FeatureSpec): Record<FeatureBlockName, number[]> {
  const { preferences, profile } = patient;
  const ageRange = profile.ageRange ?? preferences?.ageRange ?? null;
  const ageIndex = ageRange ? AGE_RANGES.indexOf(ageRange) : -1;
  const oneHot = (name: FeatureBlockName, value: string | null | undefined): number[] =>
    featureBlock(spec, name).columns.map((c) => (c === value ? 1 : 0));
  const multiHot = (name: FeatureBlockName, values: readonly string[]): number[] => {
    const present = new Set(values);
    const hot: number[] = featureBlock(spec, name).columns.map((c) => (present.has(c) ? 1 : 0));
    const norm = Math.sqrt(hot.reduce((sum, v) => sum + v, 0));
    return norm === 0 ? hot : hot.map((v) => v / norm);
  };

  return {
    age: [ageIndex < 0 ? 0.5 : ageIndex / (AGE_RANGES.length - 1)],
    needs: multiHot('needs', preferences?.clinicalNeeds ?? []),
    experience: oneHot('experience', profile.therapyExperience),
    urgency: [preferences ? (preferences.urgencyLevel === 'immediate' ? 1 : 0) : 0.5],
    payment: oneHot('payment', paymentKind(preferences?.insuranceProvider)),
    appointment: oneHot('appointment', preferences?.appointmentType),
    goals: multiHot('goals', profile.therapyGoals),
  };
}

/** The scaled feature vector of one patient; values outside the vocabularies are ignored. */
export function patientFeatures(patient: FeaturePatient, spec: FeatureSpec): number[] {
  const raw = rawBlocks(patient, spec);
  const vector = new Array<number>(spec.dimension).fill(0);

  for (const block of spec.blocks) {
    raw[block.name].forEach((value, i) => {
      vector[block.offset + i] = value * block.scale;
    });
  }

  return vector;
}

/** The unscaled 0..1 values of one block of a (scaled) vector, such as a cluster centre. */
export function unscaledBlock(vector: readonly number[], block: FeatureBlock): number[] {
  const values = vector.slice(block.offset, block.offset + block.columns.length);
  return block.scale === 0 ? values.map(() => 0) : values.map((v) => v / block.scale);
}
