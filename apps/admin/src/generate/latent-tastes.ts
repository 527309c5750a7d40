/**
 * Hidden tastes: what really drives a simulated patient's choices, never written to the files.
 *
 * Patients belong to one of a few taste communities. Each community leans towards one therapy
 * modality family, one experience band and a few needs, has a direction in a small style space,
 * and goes somewhat with a life stage and a level of therapy experience. Clinicians have a style
 * vector near one primary and one secondary community. A patient's affinity for a clinician is
 * mostly the agreement of those hidden vectors and preferences, and only a little the overlap of
 * stated needs, so patients of one community book the same clinicians for reasons content
 * scoring cannot see, and collaborative filtering (and, more weakly, demographic clusters) can.
 */
import { MODALITY_FAMILIES, NEEDS, EXPERIENCE_BANDS } from './clinical-catalogue';
import type { RandomSource } from './random-source';

/**
 * How many taste communities patients fall into. Six keep each community's clinicians a sizeable
 * share of any state's pool, so members meet and book them often enough to leave a pattern.
 */
export const COMMUNITY_COUNT = 6;
/** One axis per community, so unrelated communities are nearly orthogonal. */
export const STYLE_DIMENSIONS = COMMUNITY_COUNT;

/** A taste community: what its members lean towards without saying so. */
export interface Community {
  index: number;
  /** index into MODALITY_FAMILIES */
  modalityFamily: number;
  /** index into EXPERIENCE_BANDS */
  experienceBand: number;
  /** needs this community's members state more often than others */
  favouredNeeds: string[];
  /** index into AGE_RANGES around which members' ages lean */
  ageCentre: number;
  /** index into the therapy experience levels members most often report */
  therapyExperience: number;
}

/** What a patient wants without saying so. */
export interface PatientTaste {
  community: number;
  taste: Float64Array;
  modalityFamily: number;
  experienceBand: number;
}

/** What a clinician is like beyond the profile. */
export interface ClinicianStyle {
  primaryCommunity: number;
  style: Float64Array;
  /** the modality family the clinician mostly practises */
  modalityFamily: number;
  /** a little general appeal (0..1) shared by every patient; it drives ratings too */
  appeal: number;
}

/**
 * The communities, each leaning towards one modality family and one experience band (cycling
 * through them), a few needs, a life stage and a level of therapy experience.
 */
export function buildCommunities(random: RandomSource): Community[] {
  const communities: Community[] = [];
  const needKeys = NEEDS.map((n) => n.key);
  const needWeights = NEEDS.map((n) => n.weight);
  for (let index = 0; index < COMMUNITY_COUNT; index++) {
    communities.push({
      index,
      modalityFamily: index % MODALITY_FAMILIES.length,
      experienceBand: index % EXPERIENCE_BANDS.length,
      favouredNeeds: random.weightedSample(needKeys, needWeights, 3),
      // Tastes go with life stage and with how much therapy someone has had, which is what lets
      // the registered tiers' demographic clusters say something about who books whom.
      ageCentre: 1 + (index % 5),
      therapyExperience: Math.floor(index / 2) % 3,
    });
  }
  return communities;
}

/** A patient's taste: their community's direction plus personal noise, and mostly its leanings. */
export function drawPatientTaste(
  random: RandomSource,
  communities: readonly Community[],
): PatientTaste {
  const community = random.pick(communities);
  const taste = new Float64Array(STYLE_DIMENSIONS);
  for (let d = 0; d < STYLE_DIMENSIONS; d++) taste[d] = 0.25 * random.normal();
  (taste[community.index] as number) += 1;

  return {
    community: community.index,
    taste: normalise(taste),
    modalityFamily: random.chance(0.8)
      ? community.modalityFamily
      : random.int(0, MODALITY_FAMILIES.length - 1),
    experienceBand: random.chance(0.7)
      ? community.experienceBand
      : random.int(0, EXPERIENCE_BANDS.length - 1),
  };
}

/** A clinician's style: strongly one community's, partly a second one's. */
export function drawClinicianStyle(
  random: RandomSource,
  communities: readonly Community[],
): ClinicianStyle {
  const primary = random.pick(communities);
  let secondary = random.int(0, COMMUNITY_COUNT - 2);
  if (secondary >= primary.index) secondary += 1;

  const style = new Float64Array(STYLE_DIMENSIONS);
  for (let d = 0; d < STYLE_DIMENSIONS; d++) style[d] = 0.15 * random.normal();
  (style[primary.index] as number) += 0.85;
  (style[secondary] as number) += 0.4;

  return {
    primaryCommunity: primary.index,
    style: normalise(style),
    modalityFamily: random.chance(0.65)
      ? primary.modalityFamily
      : random.int(0, MODALITY_FAMILIES.length - 1),
    appeal: random.float(),
  };
}

/** What the affinity of a patient for a clinician is computed from. */
export interface AffinityInputs {
  patient: PatientTaste;
  clinician: ClinicianStyle;
  /** the clinician's observable experience band */
  clinicianBand: number;
  /** the share of the clinician's therapy modalities in the patient's favoured family (0..1) */
  modalityShare: number;
  /** the share of the patient's stated needs the clinician treats (0..1) */
  needOverlap: number;
}

/**
 * How much a patient likes a clinician, 0..1. The hidden style agreement dominates (clinicians
 * of the patient's own community average about 0.9 on the seed data, the others about 0.2);
 * modality and experience tastes add a little, stated-need overlap deliberately less.
 */
export function affinity(inputs: AffinityInputs): number {
  const { patient, clinician } = inputs;
  let dot = 0;
  for (let d = 0; d < STYLE_DIMENSIONS; d++) {
    dot += (patient.taste[d] as number) * (clinician.style[d] as number);
  }
  const raw =
    0.7 * dot +
    0.12 * (clinician.modalityFamily === patient.modalityFamily ? 1 : inputs.modalityShare) +
    0.08 * (inputs.clinicianBand === patient.experienceBand ? 1 : 0) +
    0.05 * clinician.appeal +
    0.05 * inputs.needOverlap;
  return clamp01((raw - 0.1) / 0.6);
}

function normalise(v: Float64Array): Float64Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
  return v;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
