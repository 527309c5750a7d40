/**
 * Words for vocabulary values inside patient-facing sentences. Data-vocabulary labels come from
 * the snapshot; fixed vocabularies have their sentence forms here.
 */
import type { AgeRange, AppointmentType, Gender, TimeSlot } from '@lunajoy/models';

import type { Snapshot, SnapshotLabels } from '../types';
import { humaniseKey } from './sentence';

/** The display label of a data-vocabulary value, falling back to a humanised key. */
export function labelOf(snapshot: Snapshot, kind: keyof SnapshotLabels, value: string): string {
  return snapshot.labels[kind].get(value) ?? humaniseKey(value);
}

/** "Has evening availability": the adjective form of a slot. */
export const TIME_SLOT_WORDS: Readonly<Record<TimeSlot, string>> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  weekends: 'weekend',
};

/** The short attribute form of a slot: "evenings". */
export const TIME_SLOT_ATTRIBUTES: Readonly<Record<TimeSlot, string>> = {
  morning: 'mornings',
  afternoon: 'afternoons',
  evening: 'evenings',
  weekends: 'weekends',
};

/** "a female clinician". */
export const GENDER_WORDS: Readonly<Record<Gender, string>> = {
  female: 'female',
  male: 'male',
  non_binary: 'non-binary',
};

/** "offer therapy", "offer medication". */
export const APPOINTMENT_TYPE_WORDS: Readonly<Record<AppointmentType, string>> = {
  therapy: 'therapy',
  medication: 'medication',
};

/** "serve teens (13–17)". */
export function ageGroupWords(ageRange: AgeRange): string {
  const words: Record<AgeRange, string> = {
    '13-17': 'teens (13–17)',
    '18-24': 'young adults (18–24)',
    '25-34': 'adults (25–64)',
    '35-44': 'adults (25–64)',
    '45-54': 'adults (25–64)',
    '55-64': 'adults (25–64)',
    '65+': 'seniors (65 and over)',
  };
  return words[ageRange];
}
