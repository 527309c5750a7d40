import { makePreferences, makeProfile } from '../testing/clinician.fixture';
import { canonicalMatchKey } from './canonical-match-key';

describe('canonicalMatchKey', () => {
  const base = makePreferences({
    insuranceProvider: 'aetna',
    clinicalNeeds: ['anxiety', 'depression'],
    preferredTimeSlots: ['morning', 'evening'],
  });
  const key = canonicalMatchKey('anonymous', base, null, {});

  it('is the same for requests that mean the same thing', () => {
    const reordered = { ...base, clinicalNeeds: ['depression', 'anxiety', 'anxiety'] };
    const slots = { ...base, preferredTimeSlots: ['evening' as const, 'morning' as const] };
    const spelled = { ...base, insuranceProvider: ' Aetna ' };
    expect(canonicalMatchKey('anonymous', reordered, null, {})).toBe(key);
    expect(canonicalMatchKey('anonymous', slots, undefined, {})).toBe(key);
    expect(canonicalMatchKey('anonymous', spelled, null)).toBe(key);
    expect(
      canonicalMatchKey('anonymous', base, null, {
        limit: 10,
        explain: true,
        includeBooked: false,
      }),
    ).toBe(key);
  });

  it.each([
    ['another tier', canonicalMatchKey('basic', base, null, {})],
    ['another limit', canonicalMatchKey('anonymous', base, null, { limit: 5 })],
    ['no explanations', canonicalMatchKey('anonymous', base, null, { explain: false })],
    ['booked included', canonicalMatchKey('anonymous', base, null, { includeBooked: true })],
    ['another need', canonicalMatchKey('anonymous', { ...base, clinicalNeeds: ['anxiety'] }, null)],
    ['no insurance', canonicalMatchKey('anonymous', { ...base, insuranceProvider: null }, null)],
    ['urgency', canonicalMatchKey('anonymous', { ...base, urgencyLevel: 'immediate' }, null)],
    ['a profile', canonicalMatchKey('anonymous', base, makeProfile({ ageRange: '25-34' }))],
    ['a subject', canonicalMatchKey('anonymous', base, null, {}, 'user-1')],
  ])('differs for %s', (_case, other) => {
    expect(other).not.toBe(key);
  });

  it('treats an empty string as no preference', () => {
    const blank = { ...base, insuranceProvider: '' };
    expect(canonicalMatchKey('anonymous', blank, null)).toBe(
      canonicalMatchKey('anonymous', { ...base, insuranceProvider: null }, null),
    );
  });

  it('reads as the tier followed by the canonical fields', () => {
    expect(key).toBe(
      'match:anonymous:[1,"anonymous",null,"CA","therapy","aetna",null,null,["anxiety","depression"],["morning","evening"],"flexible",null,null,10,true,false]',
    );
  });
});
