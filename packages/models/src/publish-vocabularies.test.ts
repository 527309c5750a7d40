import { VOCABULARY_NAMES, publishVocabularies } from './publish-vocabularies';
import { VocabulariesResponseSchema } from './responses/vocabularies-response.schema';
import { sampleVocabulary } from './testing/fixtures';

describe('publishVocabularies', () => {
  const published = publishVocabularies(sampleVocabulary());

  it('publishes every vocabulary, fixed and from the data', () => {
    expect(Object.keys(published)).toEqual([...VOCABULARY_NAMES]);
    expect(VocabulariesResponseSchema.safeParse(published).success).toBe(true);
  });

  it.each([
    ['states', 51, { value: 'CA', label: 'California', synonyms: ['california'] }],
    [
      'appointment_types',
      2,
      {
        value: 'medication',
        label: 'Medication management',
        synonyms: ['medication_management', 'med_management', 'meds', 'psychiatry'],
      },
    ],
    ['time_slots', 4, { value: 'evening', label: 'Evenings', synonyms: ['evenings'] }],
    [
      'therapy_experience',
      3,
      {
        value: 'returning',
        label: 'Some experience',
        synonyms: ['some_experience'],
      },
    ],
    ['actions', 6, { value: 'viewed', label: 'Viewed', synonyms: ['view'] }],
    [
      'age_ranges',
      7,
      { value: '65+', label: '65 and over', synonyms: ['65_plus', '65_and_over', '65_and_older'] },
    ],
    [
      'specialties',
      6,
      {
        value: 'ptsd',
        label: 'PTSD',
        synonyms: ['post_traumatic_stress', 'post_traumatic_stress_disorder'],
      },
    ],
  ] as const)('%s has %d values, among them %j', (name, count, entry) => {
    expect(published[name].values).toHaveLength(count);
    expect(published[name].values).toContainEqual(entry);
  });

  it('hands out copies, so a caller cannot alter the fixed vocabularies', () => {
    published.genders.values[0]?.synonyms.push('changed');
    expect(publishVocabularies(sampleVocabulary()).genders.values[0]?.synonyms).toEqual([
      'f',
      'woman',
    ]);
  });
});
