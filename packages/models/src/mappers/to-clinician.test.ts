import { ClinicianRecordSchema } from '../files/clinician-record.schema';
import { clinicianRecordInput } from '../testing/fixtures';
import { toClinician } from './to-clinician';

describe('toClinician', () => {
  it('maps a record to the canonical clinician', () => {
    expect(toClinician(ClinicianRecordSchema.parse(clinicianRecordInput()))).toEqual({
      id: 'clin_001',
      fullName: 'Dr. Maya Chen',
      licenseStates: ['CA', 'NY'],
      licenseNumbers: { CA: 'PSY12345', NY: 'NY-998' },
      appointmentTypes: ['therapy'],
      gender: 'female',
      languages: ['english', 'spanish'],
      yearsExperience: 12,
      specialties: ['anxiety', 'depression', 'ptsd', 'stress', 'trauma'],
      certifications: ['CBT Certified'],
      treatmentModalities: ['CBT', 'EMDR'],
      ageGroupsServed: ['adults', 'young_adults'],
      specialPopulations: ['veterans'],
      immediateAvailability: false,
      acceptingNewPatients: true,
      currentPatientCount: 18,
      maxPatientCapacity: 30,
      availabilityScore: 0.8,
      nextAvailableSlot: Date.UTC(2024, 5, 3, 15),
      typicalAvailability: { morning: false, afternoon: true, evening: true, weekends: false },
      performance: {
        avgPatientRating: 4.7,
        retentionRate: 0.82,
        avgSessionCount: 11.5,
        totalPatientsSeen: 240,
        successBySpecialty: { anxiety: 0.86, ptsd: 0.74 },
        successByDemographics: { '25-34': 0.8, first_time: 0.7 },
      },
      insurancesAccepted: ['aetna', 'blue_cross_blue_shield', 'private_pay'],
      createdAt: Date.UTC(2022, 2, 14, 9),
      activeStatus: true,
    });
  });

  it('folds data-vocabulary text to sorted unique keys, synonyms applied', () => {
    const input = clinicianRecordInput();
    input.profile_features.specialties = ['Anxiety', ' ANXIETY ', 'Substance Use', 'PTSD'];
    input.profile_features.languages = ['Español', 'en', 'English'];
    input.admin_data.insurances_accepted = ['Self-Pay', 'BCBS', 'Private Pay'];
    input.performance_metrics!.success_by_specialty = { 'Substance Use': 0.5 };

    const clinician = toClinician(ClinicianRecordSchema.parse(input));

    expect(clinician.specialties).toEqual(['anxiety', 'ptsd', 'substance_abuse']);
    expect(clinician.languages).toEqual(['english', 'spanish']);
    expect(clinician.insurancesAccepted).toEqual(['blue_cross_blue_shield', 'private_pay']);
    expect(clinician.performance?.successBySpecialty).toEqual({ substance_abuse: 0.5 });
  });

  it('uses null and defaults for what the record leaves out', () => {
    const input = clinicianRecordInput();
    delete input.availability_features.next_available_slot;
    delete input.availability_features.immediate_availability;
    delete input.availability_features.typical_availability;
    delete input.profile_features.age_groups_served;
    input.performance_metrics = null;

    const clinician = toClinician(ClinicianRecordSchema.parse(input));

    expect(clinician.nextAvailableSlot).toBeNull();
    expect(clinician.immediateAvailability).toBe(false);
    expect(clinician.typicalAvailability).toEqual({
      morning: false,
      afternoon: false,
      evening: false,
      weekends: false,
    });
    expect(clinician.ageGroupsServed).toEqual([]);
    expect(clinician.performance).toBeNull();
  });

  it('reads time-slot synonyms in typical availability', () => {
    const input = clinicianRecordInput();
    input.availability_features.typical_availability = { mornings: true, weekend: true };

    expect(toClinician(ClinicianRecordSchema.parse(input)).typicalAvailability).toEqual({
      morning: true,
      afternoon: false,
      evening: false,
      weekends: true,
    });
  });
});
