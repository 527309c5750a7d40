/**
 * The operational side of a generated clinician: caseload and availability, performance history
 * and administrative data. Shapes the edge cases matching must handle: full caseloads, a capacity
 * of 0 or null, slots in the past, clinicians too new to have metrics.
 */
import { DAY_MS, HOUR_MS, iso, round } from './format';
import { INSURERS, PRIVATE_PAY, PRIVATE_PAY_ACCEPTED } from './people-catalogue';
import type { RandomSource } from './random-source';
import type { ClinicianRecord } from './record-types';

const HALF_HOUR_MS = HOUR_MS / 2;
const THREE_YEARS_MS = 3 * 365 * DAY_MS;

const AGE_RANGES_OF_GROUP: Record<string, readonly string[]> = {
  teens: ['13-17'],
  young_adults: ['18-24'],
  adults: ['25-34', '35-44', '45-54', '55-64'],
  seniors: ['65+'],
};
const THERAPY_EXPERIENCE_KEYS = ['first_time', 'some_experience', 'experienced'];

/** Caseload and availability, plus when the clinician joined (new clinicians have room). */
export function generateAvailability(
  random: RandomSource,
  referenceTime: number,
): { record: ClinicianRecord['availability_features']; createdAt: number } {
  // About 4% joined in the last 30 days; the rest over the three years before that.
  const createdAt = random.chance(0.04)
    ? referenceTime - Math.floor(random.between(1 * HOUR_MS, 30 * DAY_MS))
    : referenceTime - Math.floor(random.between(30 * DAY_MS, THREE_YEARS_MS));
  const isNew = createdAt > referenceTime - 30 * DAY_MS;

  const capacityKind = random.float();
  const capacity = capacityKind < 0.02 ? 0 : capacityKind < 0.03 ? null : random.int(15, 40);
  const loadBand = isNew ? 0 : random.weightedIndex([5, 58, 25, 12]);
  const load = [
    () => random.between(0, 0.3),
    () => random.between(0.3, 0.8),
    () => random.between(0.8, 0.95),
    () => random.between(0.95, 1.05),
  ][loadBand]!();
  const current =
    capacity === null || capacity === 0
      ? random.int(0, 12)
      : Math.min(capacity, Math.round(capacity * load));
  const room = capacity ? 1 - current / capacity : 0;
  const full = capacity === null || capacity === 0 || current >= capacity;

  const immediate = random.chance(room > 0.3 ? 0.3 : 0.06);
  const slots = {
    morning: random.chance(0.6),
    afternoon: random.chance(0.75),
    evening: random.chance(0.4),
    weekends: random.chance(0.2),
  };
  if (!slots.morning && !slots.afternoon && !slots.evening && !slots.weekends) {
    slots.afternoon = true;
  }

  return {
    createdAt,
    record: {
      immediate_availability: immediate,
      accepting_new_patients: random.chance(full ? 0.55 : 0.92),
      current_patient_count: current,
      max_patient_capacity: capacity,
      availability_score: round(Math.min(1, 0.6 * room + 0.4 * random.float()), 4),
      next_available_slot: iso(drawNextSlot(random, referenceTime, immediate)),
      typical_availability: slots,
    },
  };
}

/** Some slots within 24/48/72 hours, most later, a few stale ones in the past. */
function drawNextSlot(random: RandomSource, referenceTime: number, immediate: boolean): number {
  const band = random.weightedIndex(immediate ? [60, 20, 10, 8, 2] : [12, 15, 12, 52, 9]);
  const hours = [
    () => random.between(1, 24),
    () => random.between(24, 48),
    () => random.between(48, 72),
    () => random.between(72, 30 * 24),
    () => -random.between(1, 20 * 24),
  ][band]!();
  const slot = referenceTime + hours * HOUR_MS;
  return Math.floor(slot / HALF_HOUR_MS) * HALF_HOUR_MS;
}

/** What a clinician's performance history is drawn from. */
export interface PerformanceInputs {
  isNew: boolean;
  appeal: number;
  yearsExperience: number;
  specialties: readonly string[];
  ageGroups: readonly string[];
}

/** Outcome history; null for clinicians too new to have any (and a few with none recorded). */
export function generatePerformance(
  random: RandomSource,
  inputs: PerformanceInputs,
): ClinicianRecord['performance_metrics'] {
  if (inputs.isNew || random.chance(0.06)) return null;

  const rate = () =>
    round(clamp(0.55 + 0.25 * inputs.appeal + 0.1 * random.normal(), 0.3, 0.98), 4);
  const demographics: Record<string, number> = {};
  for (const group of inputs.ageGroups) {
    for (const range of AGE_RANGES_OF_GROUP[group] ?? []) demographics[range] = rate();
  }
  for (const key of THERAPY_EXPERIENCE_KEYS) demographics[key] = rate();

  return {
    avg_patient_rating: round(clamp(3.4 + 1.2 * inputs.appeal + 0.25 * random.normal(), 1, 5), 2),
    retention_rate: round(clamp(0.5 + 0.3 * inputs.appeal + 0.08 * random.normal(), 0.2, 0.98), 4),
    avg_session_count: round(random.between(4, 20), 1),
    total_patients_seen:
      Math.round(inputs.yearsExperience * random.between(8, 25)) + random.int(5, 30),
    success_by_specialty: Object.fromEntries(inputs.specialties.map((s) => [s, rate()])),
    success_by_demographics: demographics,
  };
}

/** What a clinician's administrative data is drawn from. */
export interface AdminInputs {
  referenceTime: number;
  createdAt: number;
  prescriber: boolean;
  servesSeniors: boolean;
}

/** Networks, rates and record keeping. Most clinicians also take self-paying patients. */
export function generateAdminData(
  random: RandomSource,
  inputs: AdminInputs,
): ClinicianRecord['admin_data'] {
  const insurances = INSURERS.filter((insurer) =>
    random.chance(insurer.name === 'Medicare' && inputs.servesSeniors ? 0.6 : insurer.accepted),
  ).map((insurer) => insurer.name);
  if (random.chance(PRIVATE_PAY_ACCEPTED) || insurances.length === 0) insurances.push(PRIVATE_PAY);

  const rates = inputs.prescriber
    ? { initial_consultation: 5 * random.int(50, 80), follow_up_session: 5 * random.int(24, 50) }
    : { initial_consultation: 5 * random.int(30, 50), follow_up_session: 5 * random.int(20, 40) };
  const lastUpdated =
    inputs.createdAt + Math.floor(random.float() * (inputs.referenceTime - inputs.createdAt));

  return {
    insurances_accepted: insurances,
    rates,
    created_at: iso(inputs.createdAt),
    last_updated: iso(lastUpdated),
    active_status: random.chance(0.95),
  };
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}
