import { makeClinician, TEST_VOCABULARY } from '../testing/clinician.fixture';
import { buildSnapshot } from './build-snapshot';
import { findCandidateIds, resolveClinicians } from './candidate-index';

describe('buildSnapshot', () => {
  const snapshot = buildSnapshot({
    version: 'v1',
    vocabulary: TEST_VOCABULARY,
    clinicians: [
      makeClinician({ id: 'c-3', licenseStates: ['NY', 'CA'], appointmentTypes: ['therapy'] }),
      makeClinician({
        id: 'c-1',
        licenseStates: ['CA'],
        appointmentTypes: ['medication', 'therapy'],
      }),
      makeClinician({ id: 'c-2', licenseStates: ['CA', 'CA'], activeStatus: false }),
      makeClinician({ id: 'c-10', licenseStates: ['TX'], appointmentTypes: ['medication'] }),
    ],
  });

  it.each([
    ['CA', 'therapy', ['c-1', 'c-2', 'c-3']],
    ['CA', 'medication', ['c-1']],
    ['NY', 'therapy', ['c-3']],
    ['TX', 'medication', ['c-10']],
    ['TX', 'therapy', []],
    ['WY', 'therapy', []],
  ] as const)('indexes %s × %s as %p, sorted and de-duplicated', (state, type, ids) => {
    expect(findCandidateIds(snapshot, state, type)).toEqual(ids);
  });

  it('keeps every clinician by id, with ids ascending', () => {
    expect(snapshot.clinicianIds).toEqual(['c-1', 'c-10', 'c-2', 'c-3']);
    expect(snapshot.clinicians.get('c-2')?.activeStatus).toBe(false);
    expect(snapshot.version).toBe('v1');
  });

  it('indexes appointment types across states', () => {
    expect(snapshot.byAppointmentType.get('medication')).toEqual(['c-1', 'c-10']);
    expect(snapshot.byAppointmentType.get('therapy')).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('holds the vocabulary labels', () => {
    expect(snapshot.labels.specialties.get('ptsd')).toBe('PTSD');
    expect(snapshot.labels.insurers.get('aetna')).toBe('Aetna');
  });

  it('resolves index ids to clinicians in order', () => {
    const ids = findCandidateIds(snapshot, 'CA', 'therapy');
    expect(resolveClinicians(snapshot, ids).map((clinician) => clinician.id)).toEqual(ids);
  });

  it('refuses duplicate ids', () => {
    const clinicians = [makeClinician({ id: 'same' }), makeClinician({ id: 'same' })];
    expect(() => buildSnapshot({ version: 'v', vocabulary: TEST_VOCABULARY, clinicians })).toThrow(
      'duplicate clinician id same',
    );
  });
});
