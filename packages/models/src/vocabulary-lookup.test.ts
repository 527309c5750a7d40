import { createVocabularyLookup, describeAllowed } from './vocabulary-lookup';

describe('createVocabularyLookup', () => {
  const lookup = createVocabularyLookup([
    { value: 'stress', synonyms: ['stress_management'] },
    { value: 'stress_management', synonyms: [] },
    { value: 'ptsd', synonyms: ['post_traumatic_stress'] },
  ]);

  it.each([
    ['Stress', 'stress'],
    ['stress-management', 'stress_management'],
    ['Post Traumatic Stress', 'ptsd'],
    ['grief', undefined],
  ])('finds %j as %j (a canonical value wins over a synonym)', (raw, expected) => {
    expect(lookup.find(raw)).toBe(expected);
  });

  it('lists the allowed values in vocabulary order', () => {
    expect(lookup.allowedMessage).toBe('must be one of: stress, stress_management, ptsd');
  });
});

describe('describeAllowed', () => {
  it('cuts a very long list short, saying how many are left out', () => {
    const values = Array.from({ length: 65 }, (_, index) => `v${index}`);
    expect(describeAllowed(values)).toMatch(/^must be one of: v0, v1, .*, v59 \(and 5 more\)$/);
  });
});
