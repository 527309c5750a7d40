import { clinicianLoad, scoreLoadBalance } from './load-balance.score';
import { makeClinician } from './testing/clinician.fixture';

describe('scoreLoadBalance', () => {
  it.each([
    ['an empty caseload', 0, 40, 0, 1],
    ['a quarter full', 10, 40, 0.25, 0.75],
    ['exactly 85% full', 34, 40, 0.85, 0.15],
    ['90% full', 36, 40, 0.9, 0.1],
    ['full', 40, 40, 1, 0],
    ['over capacity (bad data)', 45, 40, 1, 0],
    ['a capacity of 0', 0, 0, 1, 0],
    ['no capacity given', 0, null, 1, 0],
  ])('scores %s', (_case, currentPatientCount, maxPatientCapacity, load, expected) => {
    const clinician = makeClinician({ currentPatientCount, maxPatientCapacity });
    expect(clinicianLoad(clinician)).toBeCloseTo(load, 12);
    expect(scoreLoadBalance(clinician)).toBeCloseTo(expected, 12);
  });
});
