/**
 * Records in the platform's file layout, for tests. Each builder returns a fresh, valid record;
 * tests change the one field they are about.
 */
import { buildDataVocabularyFromRecords } from '../data-vocabulary';
import { ClinicianRecordSchema, type ClinicianRecordInput } from '../files/clinician-record.schema';
import type { InteractionRecordInput } from '../files/interaction-record.schema';
import type { UserRecordInput } from '../files/user-record.schema';

export function clinicianRecordInput(id = 'clin_001'): ClinicianRecordInput {
  return {
    clinician_id: id,
    basic_info: {
      full_name: 'Dr. Maya Chen',
      license_states: ['CA', 'NY'],
      license_numbers: { CA: 'PSY12345', NY: 'NY-998' },
      appointment_types: ['therapy'],
    },
    profile_features: {
      gender: 'female',
      languages: ['English', 'Spanish'],
      years_experience: 12,
      specialties: ['anxiety', 'depression', 'ptsd', 'stress', 'trauma'],
      certifications: ['CBT Certified'],
      treatment_modalities: ['CBT', 'EMDR'],
      age_groups_served: ['adults', 'young_adults'],
      special_populations: ['veterans'],
    },
    availability_features: {
      immediate_availability: false,
      accepting_new_patients: true,
      current_patient_count: 18,
      max_patient_capacity: 30,
      availability_score: 0.8,
      next_available_slot: '2024-06-03T15:00:00Z',
      typical_availability: { morning: false, afternoon: true, evening: true, weekends: false },
    },
    performance_metrics: {
      avg_patient_rating: 4.7,
      retention_rate: 0.82,
      avg_session_count: 11.5,
      total_patients_seen: 240,
      success_by_specialty: { anxiety: 0.86, ptsd: 0.74 },
      success_by_demographics: { '25-34': 0.8, first_time: 0.7 },
    },
    admin_data: {
      insurances_accepted: ['Aetna', 'Blue Cross Blue Shield', 'Private Pay'],
      rates: { therapy: 150 },
      created_at: '2022-03-14T09:00:00Z',
      last_updated: '2024-05-01T12:00:00Z',
      active_status: true,
    },
  };
}

export function userRecordInput(id = 'user_001'): UserRecordInput {
  return {
    user_id: id,
    registration_type: 'complete',
    created_at: '2024-02-01T08:00:00Z',
    stated_preferences: {
      state: 'CA',
      insurance_provider: 'Aetna',
      appointment_type: 'therapy',
      language: 'English',
      gender_preference: 'female',
      clinical_needs: ['anxiety', 'depression'],
      preferred_time_slots: ['evenings', 'weekends'],
      urgency_level: 'flexible',
    },
    profile_data: {
      age_range: '25-34',
      gender: 'female',
      therapy_experience: 'some_experience',
      therapy_goals: ['Reduce anxiety', 'better sleep'],
      email: 'pat@example.com',
      phone: '+1 555 0100',
      city: 'Oakland',
      zip_code: '94612',
      location: { city: 'Oakland', state: 'CA' },
    },
    interaction_history: {
      clinicians_viewed: [
        'clin_002',
        { clinician_id: 'clin_001', timestamp: '2024-03-01T10:00:00Z', duration: 42 },
      ],
      clinicians_contacted: ['clin_001'],
      clinicians_booked: ['clin_001'],
    },
  };
}

export function interactionRecordInput(id = 'int_001'): InteractionRecordInput {
  return {
    interaction_id: id,
    user_id: 'user_001',
    clinician_id: 'clin_001',
    session_id: 'sess_001',
    match_context: { timestamp: '2024-03-01T10:00:00Z', match_score: 1.1, ranking_position: 2 },
    outcome: {
      action: 'booked',
      action_timestamp: '2024-03-01T10:05:00Z',
      time_to_action: 300,
      appointment_scheduled: true,
    },
  };
}

/** The data vocabulary of the standard clinician plus one with extra needs and insurers. */
export function sampleVocabulary() {
  const second = clinicianRecordInput('clin_002');
  second.profile_features.specialties = ['substance_abuse', 'anxiety'];
  second.profile_features.languages = ['English'];
  second.admin_data.insurances_accepted = ['UnitedHealthcare', 'Private Pay'];
  const records = [clinicianRecordInput(), second].map((input) =>
    ClinicianRecordSchema.parse(input),
  );
  return buildDataVocabularyFromRecords(records);
}
