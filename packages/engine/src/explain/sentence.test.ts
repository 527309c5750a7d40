import { confidenceLevel, toldCount } from './confidence';
import { countOf, humaniseKey, inSentence, joinList } from './sentence';
import { makePreferences, makeProfile } from '../testing/clinician.fixture';

describe('joinList', () => {
  it.each([
    [[], ''],
    [['anxiety'], 'anxiety'],
    [['anxiety', 'depression'], 'anxiety and depression'],
    [['anxiety', 'depression', 'PTSD'], 'anxiety, depression and PTSD'],
  ])('joins %p as %p', (items, expected) => {
    expect(joinList(items)).toBe(expected);
  });
});

describe('inSentence', () => {
  it.each([
    ['Anxiety', 'anxiety'],
    ['Substance Abuse', 'substance abuse'],
    ['PTSD', 'PTSD'],
    ['LGBTQ+', 'LGBTQ+'],
    ['Eating Disorders', 'eating disorders'],
  ])('writes %p as %p', (label, expected) => {
    expect(inSentence(label)).toBe(expected);
  });
});

describe('countOf and humaniseKey', () => {
  it('agrees in number and title-cases keys', () => {
    expect(countOf(1, 'clinician')).toBe('1 clinician');
    expect(countOf(4, 'clinician')).toBe('4 clinicians');
    expect(humaniseKey('blue_cross_blue_shield')).toBe('Blue Cross Blue Shield');
  });
});

describe('confidenceLevel', () => {
  it.each([
    [0.9, 3, 'high'],
    [0.75, 5, 'high'],
    [0.9, 2, 'medium'],
    [0.74, 6, 'medium'],
    [0.5, 1, 'medium'],
    [0.9, 0, 'low'],
    [0.49, 6, 'low'],
  ] as const)('a score of %p with %p things told is %p', (score, told, expected) => {
    expect(confidenceLevel(score, told)).toBe(expected);
  });

  it('counts what the patient told us', () => {
    expect(toldCount(makePreferences(), null)).toBe(0);
    const prefs = makePreferences({ insuranceProvider: 'aetna', clinicalNeeds: ['anxiety'] });
    expect(
      toldCount(prefs, makeProfile({ ageRange: '25-34', therapyExperience: 'returning' })),
    ).toBe(4);
  });
});
