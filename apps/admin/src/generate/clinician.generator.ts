import {
  CERTIFICATIONS,
  EXPERIENCE_BANDS,
  LICENSE_PREFIX,
  MEDICATION_MODALITY,
  MODALITY_FAMILIES,
  NEEDS,
  PRESCRIBER_CREDENTIALS,
  SPECIAL_POPULATIONS,
  THERAPY_CREDENTIALS,
} from './clinical-catalogue';
import {
  generateAdminData,
  generateAvailability,
  generatePerformance,
} from './clinician-operations';
import { makeId } from './format';
import { drawClinicianStyle, type ClinicianStyle, type Community } from './latent-tastes';
import {
  ENGLISH,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  NEUTRAL_FIRST_NAMES,
  SECOND_LANGUAGES,
  STATES,
} from './people-catalogue';
import type { RandomSource } from './random-source';
import type { ClinicianRecord } from './record-types';

/** A generated clinician: the file record plus what the simulation needs to know about it. */
export interface GeneratedClinician {
  index: number;
  id: string;
  record: ClinicianRecord;
  states: readonly string[];
  appointmentTypes: readonly string[];
  ageGroups: readonly string[];
  specialties: readonly string[];
  insurances: readonly string[];
  /** passes the platform's hard filters (active, accepting, room in the caseload) */
  eligible: boolean;
  isNew: boolean;
  experienceBand: number;
  /** for each modality family, the share of the clinician's therapy modalities in it */
  familyShares: readonly number[];
  latent: ClinicianStyle;
}

/** How many clinicians, the data set's "now", and the taste communities they lean towards. */
export interface ClinicianGeneratorOptions {
  count: number;
  referenceTime: number;
  communities: readonly Community[];
}

const NEED_KEYS = NEEDS.map((n) => n.key);
const NEED_WEIGHTS = NEEDS.map((n) => n.weight);
const STATE_CODES = STATES.map((s) => s.code);
const STATE_WEIGHTS = STATES.map((s) => s.weight);

/** Generates clinicians one by one, in id order. */
export function* generateClinicians(
  random: RandomSource,
  options: ClinicianGeneratorOptions,
): Generator<GeneratedClinician> {
  for (let i = 0; i < options.count; i++) {
    yield generateClinician(random, options, i);
  }
}

function generateClinician(
  random: RandomSource,
  options: ClinicianGeneratorOptions,
  index: number,
): GeneratedClinician {
  const id = makeId('clin_', index + 1, options.count);
  const states = drawLicenceStates(random);
  const appointmentTypes = random.weightedPick(
    [['therapy'], ['medication'], ['therapy', 'medication']],
    [55, 20, 25],
  );
  const prescriber = appointmentTypes.includes('medication');
  const credential = prescriber
    ? random.weightedPick(PRESCRIBER_CREDENTIALS, [55, 45])
    : random.weightedPick(THERAPY_CREDENTIALS, [30, 25, 25, 10, 10]);
  const gender = random.weightedPick(['female', 'male', 'non_binary'], [62, 33, 5]);
  const latent = drawClinicianStyle(random, options.communities);
  const community = options.communities[latent.primaryCommunity] as Community;

  const experienceBand = random.chance(0.6)
    ? community.experienceBand
    : random.int(0, EXPERIENCE_BANDS.length - 1);
  const band = EXPERIENCE_BANDS[experienceBand] as { min: number; max: number };
  const yearsExperience = random.int(band.min, band.max);
  const specialties = drawSpecialties(random, community.favouredNeeds);
  const therapyModalities = drawTherapyModalities(random, latent.modalityFamily, prescriber);
  const modalities = prescriber ? [MEDICATION_MODALITY, ...therapyModalities] : therapyModalities;
  const ageGroups = drawAgeGroups(random);

  const availability = generateAvailability(random, options.referenceTime);
  const admin = generateAdminData(random, {
    referenceTime: options.referenceTime,
    createdAt: availability.createdAt,
    prescriber,
    servesSeniors: ageGroups.includes('seniors'),
  });
  const isNew = availability.createdAt > options.referenceTime - 30 * 86_400_000;

  const record: ClinicianRecord = {
    clinician_id: id,
    basic_info: {
      full_name: `${drawName(random, gender)}, ${credential}`,
      license_states: states,
      license_numbers: Object.fromEntries(
        states.map((s) => [s, `${s}-${LICENSE_PREFIX[credential]}-${random.int(100000, 999999)}`]),
      ),
      appointment_types: appointmentTypes,
    },
    profile_features: {
      gender,
      languages: drawLanguages(random),
      years_experience: yearsExperience,
      specialties,
      certifications: drawCertifications(random, credential, [...specialties, ...modalities]),
      treatment_modalities: modalities,
      age_groups_served: ageGroups,
      special_populations: random.sample(SPECIAL_POPULATIONS, random.weightedIndex([3, 4, 2, 1])),
    },
    availability_features: availability.record,
    performance_metrics: generatePerformance(random, {
      isNew,
      appeal: latent.appeal,
      yearsExperience,
      specialties,
      ageGroups,
    }),
    admin_data: admin,
  };
  if (random.chance(0.3)) {
    const vector = Array.from({ length: 8 }, () => Math.round(random.normal() * 2500) / 10000);
    record.embedding_features = { profile_embedding: vector };
  }

  const capacity = availability.record.max_patient_capacity;
  return {
    index,
    id,
    record,
    states,
    appointmentTypes,
    ageGroups,
    specialties,
    insurances: admin.insurances_accepted,
    eligible:
      admin.active_status &&
      availability.record.accepting_new_patients &&
      capacity !== null &&
      availability.record.current_patient_count < capacity,
    isNew,
    experienceBand,
    familyShares: MODALITY_FAMILIES.map((family) =>
      therapyModalities.length === 0
        ? 0
        : therapyModalities.filter((m) => family.includes(m)).length / therapyModalities.length,
    ),
    latent,
  };
}

/**
 * One to ten states, the first being where the clinician practises most. Telehealth clinicians
 * commonly hold several licences (interstate compacts make extra ones cheap), about five on
 * average, so a patient in a populous state has dozens of clinicians to choose from.
 */
function drawLicenceStates(random: RandomSource): string[] {
  const count = random.weightedIndex([8, 11, 13, 13, 12, 11, 10, 9, 7, 6]) + 1;
  return random.weightedSample(STATE_CODES, STATE_WEIGHTS, count);
}

function drawName(random: RandomSource, gender: string): string {
  const first =
    gender === 'female'
      ? random.pick(FEMALE_FIRST_NAMES)
      : gender === 'male'
        ? random.pick(MALE_FIRST_NAMES)
        : random.pick(NEUTRAL_FIRST_NAMES);
  return `${first} ${random.pick(LAST_NAMES)}`;
}

/** Mostly English, a third also speak a second language, a few work only in another language. */
function drawLanguages(random: RandomSource): string[] {
  const names = SECOND_LANGUAGES.map((l) => l.name);
  const weights = SECOND_LANGUAGES.map((l) => l.weight);
  if (random.chance(0.03)) return [random.weightedPick(names, weights)];
  if (!random.chance(0.35)) return [ENGLISH];
  const extra = random.chance(0.12) ? 2 : 1;
  return [ENGLISH, ...random.weightedSample(names, weights, extra)];
}

/** Two to eight specialties, leaning towards the needs the clinician's community has. */
function drawSpecialties(random: RandomSource, favoured: readonly string[]): string[] {
  const count = random.int(2, 8);
  const chosen = new Set<string>();
  for (const need of favoured) {
    if (chosen.size < count && random.chance(0.5)) chosen.add(need);
  }
  const rest = NEED_KEYS.filter((k) => !chosen.has(k));
  const restWeights = rest.map((k) => NEED_WEIGHTS[NEED_KEYS.indexOf(k)] as number);
  for (const need of random.weightedSample(rest, restWeights, count - chosen.size)) {
    chosen.add(need);
  }
  return NEED_KEYS.filter((k) => chosen.has(k));
}

/** Therapy modalities, mostly from the family the clinician practises. */
function drawTherapyModalities(
  random: RandomSource,
  family: number,
  prescriber: boolean,
): string[] {
  const own = MODALITY_FAMILIES[family] as readonly string[];
  const others = MODALITY_FAMILIES.filter((_, i) => i !== family).flat();
  const count = prescriber ? random.weightedIndex([5, 4, 1]) : random.int(2, 5);
  const chosen = new Set<string>();
  let guard = 0;
  while (chosen.size < count && guard++ < 50) {
    chosen.add(random.chance(0.7) ? random.pick(own) : random.pick(others));
  }
  return MODALITY_FAMILIES.flat().filter((m) => chosen.has(m));
}

function drawAgeGroups(random: RandomSource): string[] {
  const groups: string[] = [];
  if (random.chance(0.25)) groups.push('teens');
  if (random.chance(0.8)) groups.push('young_adults');
  if (random.chance(0.95) || groups.length === 0) groups.push('adults');
  if (random.chance(0.4)) groups.push('seniors');
  return groups;
}

function drawCertifications(
  random: RandomSource,
  credential: string,
  practice: readonly string[],
): string[] {
  const certifications = [credential];
  if (credential === 'MD' && random.chance(0.7))
    certifications.push('Board Certified in Psychiatry');
  for (const c of CERTIFICATIONS) {
    if (certifications.length < 4 && practice.includes(c.when) && random.chance(0.35)) {
      certifications.push(c.name);
    }
  }
  return certifications;
}
