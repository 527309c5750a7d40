import type { PatientPreferences } from '../domain';
import { mergePreferences } from './merge-preferences';
import { emptyProfile, mergeProfile } from './profile.schema';

const stored: PatientPreferences = {
  state: 'CA',
  appointmentType: 'therapy',
  insuranceProvider: 'aetna',
  language: 'english',
  genderPreference: 'female',
  clinicalNeeds: ['anxiety'],
  preferredTimeSlots: ['evening'],
  urgencyLevel: 'flexible',
  ageRange: '25-34',
};

describe('mergePreferences', () => {
  it('lays request values over stored ones', () => {
    expect(
      mergePreferences(stored, { state: 'NY', clinicalNeeds: ['ptsd'], insuranceProvider: null }),
    ).toEqual({
      ok: true,
      preferences: { ...stored, state: 'NY', clinicalNeeds: ['ptsd'], insuranceProvider: null },
    });
  });

  it('keeps stored values the request leaves out', () => {
    expect(mergePreferences(stored, {})).toEqual({ ok: true, preferences: stored });
  });

  it('fills the defaults when nothing is stored', () => {
    expect(mergePreferences(null, { state: 'TX', appointmentType: 'medication' })).toEqual({
      ok: true,
      preferences: {
        state: 'TX',
        appointmentType: 'medication',
        insuranceProvider: null,
        language: null,
        genderPreference: null,
        clinicalNeeds: [],
        preferredTimeSlots: [],
        urgencyLevel: 'flexible',
        ageRange: null,
      },
    });
  });

  it('reports what is missing from both, with request paths', () => {
    expect(mergePreferences(null, { language: 'english' })).toEqual({
      ok: false,
      issues: [
        {
          path: 'preferences.state',
          message: 'is required: it is neither in the request nor stored for this patient',
        },
        {
          path: 'preferences.appointment_type',
          message: 'is required: it is neither in the request nor stored for this patient',
        },
      ],
    });
  });
});

describe('mergeProfile', () => {
  it('lays request values over stored ones', () => {
    const storedProfile = {
      ...emptyProfile(),
      ageRange: '25-34' as const,
      gender: 'male' as const,
    };
    expect(mergeProfile(storedProfile, { gender: null, therapyGoals: ['sleep'] })).toEqual({
      ageRange: '25-34',
      gender: null,
      therapyExperience: null,
      therapyGoals: ['sleep'],
    });
  });
});
