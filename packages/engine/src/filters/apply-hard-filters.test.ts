import type { Clinician } from '@lunajoy/models';

import { buildSnapshot } from '../snapshot/build-snapshot';
import { makeClinician, TEST_VOCABULARY } from '../testing/clinician.fixture';
import { servesAgeRange } from './age-group.filter';
import { applyHardFilters, hardFiltersFor } from './apply-hard-filters';
import { hasOpenings } from './capacity.filter';
import type { FilterRequest } from './hard-filter';

const request = (overrides: Partial<FilterRequest> = {}): FilterRequest => ({
  state: 'CA',
  appointmentType: 'therapy',
  ageRange: null,
  rejectedIds: new Set(),
  bookedIds: new Set(),
  includeBooked: false,
  ...overrides,
});

describe('hasOpenings', () => {
  it.each([
    ['accepting with room', {}, true],
    ['not accepting', { acceptingNewPatients: false }, false],
    ['exactly full', { currentPatientCount: 40, maxPatientCapacity: 40 }, false],
    ['one place left', { currentPatientCount: 39, maxPatientCapacity: 40 }, true],
    ['capacity 0', { currentPatientCount: 0, maxPatientCapacity: 0 }, false],
    ['capacity null', { currentPatientCount: 0, maxPatientCapacity: null }, false],
  ] as [string, Partial<Clinician>, boolean][])('is %p → %p', (_case, overrides, expected) => {
    expect(hasOpenings(makeClinician(overrides))).toBe(expected);
  });
});

describe('servesAgeRange', () => {
  it.each([
    [['adults'], null, true],
    [['adults'], '35-44', true],
    [['adults'], '13-17', false],
    [['teens', 'adults'], '13-17', true],
    [['young_adults'], '18-24', true],
    [['adults'], '65+', false],
    [['seniors'], '65+', true],
  ] as const)('a clinician serving %p and a patient aged %p → %p', (groups, range, expected) => {
    expect(servesAgeRange(makeClinician({ ageGroupsServed: [...groups] }), range)).toBe(expected);
  });
});

describe('applyHardFilters', () => {
  const snapshot = buildSnapshot({
    version: 'v',
    vocabulary: TEST_VOCABULARY,
    clinicians: [
      makeClinician({ id: 'ok-1' }),
      makeClinician({ id: 'ok-2', ageGroupsServed: ['teens', 'adults'] }),
      makeClinician({ id: 'inactive', activeStatus: false }),
      makeClinician({ id: 'full', currentPatientCount: 40 }),
      makeClinician({ id: 'rejected' }),
      makeClinician({ id: 'booked' }),
      makeClinician({ id: 'other-state', licenseStates: ['NY'] }),
    ],
  });

  it('filters from the index cell and counts survivors per stage', () => {
    const outcome = applyHardFilters(
      snapshot,
      request({
        ageRange: '13-17',
        rejectedIds: new Set(['rejected']),
        bookedIds: new Set(['booked']),
      }),
    );
    expect(outcome.stages).toEqual([
      { name: 'licensed_state_and_type', remaining: 6 },
      { name: 'active_status', remaining: 5 },
      { name: 'accepting_new_patients', remaining: 4 },
      { name: 'age_group', remaining: 1 },
      { name: 'not_rejected', remaining: 1 },
      { name: 'not_booked', remaining: 1 },
    ]);
    expect(outcome.eligible.map((clinician) => clinician.id)).toEqual(['ok-2']);
    expect(outcome.filtersApplied).toMatchObject({
      age_group: 'teens',
      rejected_excluded: true,
      booked_excluded: true,
    });
  });

  it.each([
    ['nothing excluded', request(), ['booked', 'ok-1', 'ok-2', 'rejected']],
    [
      'a rejected clinician',
      request({ rejectedIds: new Set(['rejected']) }),
      ['booked', 'ok-1', 'ok-2'],
    ],
    [
      'a booked clinician',
      request({ bookedIds: new Set(['booked']) }),
      ['ok-1', 'ok-2', 'rejected'],
    ],
    [
      'a booked clinician, included on request',
      request({ bookedIds: new Set(['booked']), includeBooked: true }),
      ['booked', 'ok-1', 'ok-2', 'rejected'],
    ],
  ])('keeps the right clinicians with %s', (_case, filterRequest, ids) => {
    const outcome = applyHardFilters(snapshot, filterRequest);
    expect(outcome.eligible.map((clinician) => clinician.id)).toEqual(ids);
  });

  it('leaves one filter out by name for relaxation counts', () => {
    const names = hardFiltersFor(request({ ageRange: '25-34' }), 'age_group').map((f) => f.name);
    expect(names).toEqual(['active_status', 'accepting_new_patients']);
  });
});
