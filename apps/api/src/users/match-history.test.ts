import type { MatchLogEntry, MatchOutcome } from '@lunajoy/db';

import { joinMatchHistory } from './match-history';

const T0 = Date.parse('2026-11-01T09:00:00Z');

function log(id: string, minutes: number, clinicians: string[]): MatchLogEntry {
  return {
    id,
    userId: 'user_1',
    tier: 'basic',
    strategy: 'cluster',
    request: {},
    dataVersion: 1n,
    modelVersion: 2n,
    servedAt: T0 + minutes * 60_000,
    results: clinicians.map((clinicianId, i) => ({
      clinicianId,
      rank: i + 1,
      score: 0.9 - i / 10,
    })),
  };
}

function did(
  clinicianId: string,
  minutes: number,
  action: MatchOutcome['action'],
  matchId: string | null = null,
): MatchOutcome {
  return {
    interactionId: `int_${clinicianId}_${minutes}`,
    clinicianId,
    action,
    timestamp: T0 + minutes * 60_000,
    matchId,
  };
}

const actionsOf = (entries: ReturnType<typeof joinMatchHistory>) =>
  Object.fromEntries(
    entries.map((e) => [
      e.match_id,
      e.results.map((r) => [r.clinician_id, r.actions.map((a) => a.action)]),
    ]),
  );

describe('joinMatchHistory', () => {
  // Newest first, as the repository pages them.
  const page = [log('m2', 10, ['c1', 'c3']), log('m1', 0, ['c1', 'c2'])];

  it('gives an interaction to the latest list served before it that showed the clinician', () => {
    const joined = joinMatchHistory(page, null, [
      did('c2', 1, 'viewed'),
      did('c1', 11, 'contacted'),
      did('c2', 12, 'booked'),
    ]);

    expect(actionsOf(joined)).toEqual({
      m2: [
        ['c1', ['contacted']],
        ['c3', []],
      ],
      m1: [
        ['c1', []],
        ['c2', ['viewed']],
      ],
    });
  });

  it('gives an interaction naming a list to that list, whenever it happened', () => {
    const joined = joinMatchHistory(page, null, [did('c1', 30, 'booked', 'm1')]);

    expect(actionsOf(joined).m1).toEqual([
      ['c1', ['booked']],
      ['c2', []],
    ]);
    expect(actionsOf(joined).m2).toEqual([
      ['c1', []],
      ['c3', []],
    ]);
  });

  it('leaves to the newer list, not on the page, what happened after it was served', () => {
    const joined = joinMatchHistory([page[1]!], log('m2', 10, ['c1']), [
      did('c1', 5, 'clicked'),
      did('c1', 15, 'booked'),
    ]);

    expect(actionsOf(joined)).toEqual({
      m1: [
        ['c1', ['clicked']],
        ['c2', []],
      ],
    });
  });

  it('reports versions as strings and times in ISO 8601', () => {
    const [entry] = joinMatchHistory([page[0]!], null, []);

    expect(entry).toMatchObject({
      served_at: '2026-11-01T09:10:00.000Z',
      data_version: '1',
      model_version: '2',
    });
  });
});
