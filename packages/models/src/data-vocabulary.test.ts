import { buildDataVocabulary, buildDataVocabularyFromRecords } from './data-vocabulary';
import { ClinicianRecordSchema } from './files/clinician-record.schema';
import { toClinician } from './mappers/to-clinician';
import { clinicianRecordInput, sampleVocabulary } from './testing/fixtures';

describe('buildDataVocabularyFromRecords', () => {
  it('lists the values in the data, sorted, with raw labels and synonyms', () => {
    const vocabulary = sampleVocabulary();

    expect(vocabulary.specialties.map((entry) => [entry.value, entry.label])).toEqual([
      ['anxiety', 'Anxiety'],
      ['depression', 'Depression'],
      ['ptsd', 'PTSD'],
      ['stress', 'Stress'],
      ['substance_abuse', 'Substance Abuse'],
      ['trauma', 'Trauma'],
    ]);
    expect(vocabulary.insurers).toEqual([
      { value: 'aetna', label: 'Aetna', synonyms: [] },
      {
        value: 'blue_cross_blue_shield',
        label: 'Blue Cross Blue Shield',
        synonyms: ['bcbs', 'blue_cross', 'blue_cross_and_blue_shield', 'bluecross_blueshield'],
      },
      {
        value: 'private_pay',
        label: 'Private Pay',
        synonyms: ['self_pay', 'selfpay', 'cash', 'cash_pay', 'out_of_pocket'],
      },
      {
        value: 'unitedhealthcare',
        label: 'UnitedHealthcare',
        synonyms: ['uhc', 'united', 'united_healthcare', 'united_health_care'],
      },
    ]);
    expect(vocabulary.languages).toEqual([
      { value: 'english', label: 'English', synonyms: ['en', 'eng'] },
      { value: 'spanish', label: 'Spanish', synonyms: ['es', 'espanol', 'castellano'] },
    ]);
  });

  it('keeps the first raw spelling as the label, not one reached through a synonym', () => {
    const input = clinicianRecordInput();
    input.admin_data.insurances_accepted = ['BCBS', 'blue cross blue shield', 'Self-Pay'];
    const vocabulary = buildDataVocabularyFromRecords([ClinicianRecordSchema.parse(input)]);

    expect(vocabulary.insurers.map((entry) => [entry.value, entry.label])).toEqual([
      ['blue_cross_blue_shield', 'blue cross blue shield'],
      ['private_pay', 'Private Pay'],
    ]);
  });
});

describe('buildDataVocabulary', () => {
  it('labels keys from known labels or title case when no raw label is given', () => {
    const clinician = toClinician(ClinicianRecordSchema.parse(clinicianRecordInput()));
    const vocabulary = buildDataVocabulary([clinician]);

    expect(vocabulary.insurers.map((entry) => entry.label)).toEqual([
      'Aetna',
      'Blue Cross Blue Shield',
      'Private Pay',
    ]);
    expect(vocabulary.specialties.find((entry) => entry.value === 'ptsd')?.label).toBe('PTSD');
  });

  it('does not offer a synonym that is itself a value in the data', () => {
    const clinician = toClinician(ClinicianRecordSchema.parse(clinicianRecordInput()));
    const vocabulary = buildDataVocabulary([
      { ...clinician, specialties: ['stress', 'stress_management'] },
    ]);

    expect(vocabulary.specialties).toEqual([
      { value: 'stress', label: 'Stress', synonyms: [] },
      { value: 'stress_management', label: 'Stress Management', synonyms: [] },
    ]);
  });
});
