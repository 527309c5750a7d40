import type { PatientProfile } from '@lunajoy/models';

import { buildApiSnapshot } from '../snapshot/api-snapshot';
import { FIXTURE_NOW, loadFixtureClinicians } from '../testing/fixture-clinicians';
import { candidateCacheKey, patientCachePrefix } from './candidate-cache-key';

const snapshot = buildApiSnapshot({
  version: '7',
  modelVersion: '3',
  clinicians: loadFixtureClinicians(),
  loadedAt: FIXTURE_NOW,
});
const parse = (body: Record<string, unknown>) =>
  snapshot.schemas.MatchPreferencesSchema.parse(body);

const PROFILE: PatientProfile = {
  ageRange: '25-34',
  gender: 'female',
  therapyExperience: 'returning',
  therapyGoals: ['reduce_anxiety'],
};

const anonymousKey = (body: Record<string, unknown>, options = {}) =>
  candidateCacheKey({ snapshot, tier: 'anonymous', preferences: parse(body), options });

describe('candidateCacheKey', () => {
  const base = { state: 'CA', appointment_type: 'therapy' };

  it('gives every spelling and ordering of one request the same key', () => {
    const keys = [
      anonymousKey({
        ...base,
        clinical_needs: ['anxiety', 'ptsd'],
        preferred_time_slots: ['evening', 'morning'],
      }),
      anonymousKey({
        ...base,
        clinical_needs: ['PTSD', 'Anxiety'],
        preferred_time_slots: ['mornings', 'evenings'],
      }),
      anonymousKey(
        {
          ...base,
          state: 'ca',
          clinical_needs: ['ptsd', 'anxiety', 'ptsd'],
          preferred_time_slots: ['Evening', 'Morning'],
        },
        { limit: 10, explain: true, includeBooked: false },
      ),
    ];

    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^match:a:s7:m3:[A-Za-z0-9_-]{32}$/);
  });

  it('gives requests that can answer differently different keys', () => {
    const keys = [
      anonymousKey(base),
      anonymousKey({ ...base, clinical_needs: ['anxiety'] }),
      anonymousKey({ ...base, urgency_level: 'immediate' }),
      anonymousKey({ ...base, appointment_type: 'medication' }),
      anonymousKey(base, { limit: 5 }),
      anonymousKey(base, { explain: false }),
    ];

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes with the snapshot, the model and the patient version', () => {
    const preferences = parse(base);
    const key = (over: Partial<Parameters<typeof candidateCacheKey>[0]>) =>
      candidateCacheKey({
        snapshot,
        tier: 'basic',
        preferences,
        profile: PROFILE,
        options: {},
        patient: { id: 'user_0001', version: 4 },
        ...over,
      });

    const keys = [
      key({}),
      key({ snapshot: { version: '8', modelVersion: '3' } }),
      key({ snapshot: { version: '7', modelVersion: null } }),
      key({ patient: { id: 'user_0001', version: 5 } }),
      key({ patient: { id: 'user_0002', version: 4 } }),
      key({ tier: 'complete' }),
      key({ tier: 'complete', variant: { use_history: false } }),
      key({ profile: { ...PROFILE, ageRange: '35-44' } }),
    ];

    expect(new Set(keys).size).toBe(keys.length);
    expect(key({})).toBe(key({}));
    expect(key({}).startsWith(patientCachePrefix('user_0001'))).toBe(true);
    expect(key({ patient: { id: 'user_0001', version: 9 } })).toMatch(
      new RegExp(`^${patientCachePrefix('user_0001')}v9:s7:m3:`),
    );
    expect(key({})).not.toContain('user_0001');
  });

  it('refuses a personalised key without the patient, and an anonymous one with a patient', () => {
    const preferences = parse(base);

    expect(() =>
      candidateCacheKey({ snapshot, tier: 'complete', preferences, options: {} }),
    ).toThrow(/needs the patient/);
    expect(() =>
      candidateCacheKey({
        snapshot,
        tier: 'anonymous',
        preferences,
        options: {},
        patient: { id: 'user_0001', version: 1 },
      }),
    ).toThrow(/must not name a patient/);
  });

  it('keeps one patient prefix from being the prefix of another', () => {
    const a = patientCachePrefix('user_1');
    const b = patientCachePrefix('user_10');

    expect(a).toHaveLength(b.length);
    expect(b.startsWith(a)).toBe(false);
  });
});
