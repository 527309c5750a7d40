import { UserRecordSchema } from '../files/user-record.schema';
import { userRecordInput } from '../testing/fixtures';
import { toPatient, toPatientContact, toPatientHistoryLists } from './to-patient';

describe('toPatient', () => {
  it('maps a record to the canonical patient, without contact details', () => {
    expect(toPatient(UserRecordSchema.parse(userRecordInput()))).toEqual({
      id: 'user_001',
      registrationType: 'complete',
      preferences: {
        state: 'CA',
        appointmentType: 'therapy',
        insuranceProvider: 'aetna',
        language: 'english',
        genderPreference: 'female',
        clinicalNeeds: ['anxiety', 'depression'],
        preferredTimeSlots: ['evening', 'weekends'],
        urgencyLevel: 'flexible',
        ageRange: '25-34',
      },
      profile: {
        ageRange: '25-34',
        gender: 'female',
        therapyExperience: 'returning',
        therapyGoals: ['better_sleep', 'reduce_anxiety'],
      },
      createdAt: Date.UTC(2024, 1, 1, 8),
    });
  });

  it('has no stored preferences without a state and an appointment type', () => {
    const input = userRecordInput();
    input.stated_preferences = { insurance_provider: 'Aetna' };
    expect(toPatient(UserRecordSchema.parse(input)).preferences).toBeNull();
  });

  it('reads blank preferences as none and defaults the urgency', () => {
    const input = userRecordInput();
    input.stated_preferences = {
      state: 'CA',
      appointment_type: 'therapy',
      insurance_provider: '',
      language: ' ',
      clinical_needs: '',
    };
    delete input.profile_data;

    expect(toPatient(UserRecordSchema.parse(input)).preferences).toEqual({
      state: 'CA',
      appointmentType: 'therapy',
      insuranceProvider: null,
      language: null,
      genderPreference: null,
      clinicalNeeds: [],
      preferredTimeSlots: [],
      urgencyLevel: 'flexible',
      ageRange: null,
    });
  });
});

describe('toPatientContact', () => {
  it('takes contact details from profile_data', () => {
    expect(toPatientContact(UserRecordSchema.parse(userRecordInput()))).toEqual({
      email: 'pat@example.com',
      phone: '+1 555 0100',
      city: 'Oakland',
      zipCode: '94612',
    });
  });

  it('falls back to a structured location and gives null for the rest', () => {
    const input = userRecordInput();
    input.profile_data = { location: { city: 'Austin', zip_code: 73301 } };
    expect(toPatientContact(UserRecordSchema.parse(input))).toEqual({
      email: null,
      phone: null,
      city: 'Austin',
      zipCode: '73301',
    });
  });
});

describe('toPatientHistoryLists', () => {
  it('lists clinician ids of each history list, sorted and unique', () => {
    expect(toPatientHistoryLists(UserRecordSchema.parse(userRecordInput()))).toEqual({
      viewed: ['clin_001', 'clin_002'],
      contacted: ['clin_001'],
      booked: ['clin_001'],
      rejected: [],
      retained: [],
    });
  });
});
