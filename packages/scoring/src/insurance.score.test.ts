import { scoreInsurance } from './insurance.score';
import { makeClinician } from './testing/clinician.fixture';

describe('scoreInsurance', () => {
  it.each([
    ['an accepted insurer', ['aetna', 'cigna'], 'aetna', { score: 1, accepts: true }],
    ['an insurer not taken', ['aetna', 'cigna'], 'humana', { score: 0, accepts: false }],
    [
      'self-pay with a Private Pay clinician',
      ['aetna', 'private_pay'],
      'private_pay',
      {
        score: 1,
        accepts: true,
      },
    ],
    [
      'self-pay with an insurance-only clinician',
      ['aetna'],
      'private_pay',
      {
        score: 0,
        accepts: false,
      },
    ],
    ['no insurance given', ['aetna'], null, { score: 0.5, accepts: null }],
    ['an empty string given', ['aetna'], '', { score: 0.5, accepts: null }],
    ['a clinician who lists nothing', [], 'aetna', { score: 0, accepts: false }],
  ])('decides %s', (_case, insurancesAccepted, provider, expected) => {
    const clinician = makeClinician({ insurancesAccepted });
    expect(scoreInsurance(clinician, provider)).toEqual(expected);
  });

  it('never lets the flag and the score disagree', () => {
    for (const provider of ['aetna', 'humana', 'private_pay', null]) {
      const { score, accepts } = scoreInsurance(makeClinician(), provider);
      const expected = accepts === null ? 0.5 : accepts ? 1 : 0;
      expect(score).toBe(expected);
    }
  });
});
