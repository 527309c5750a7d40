import type { Stage } from './action-model';
import { RandomSource } from './random-source';
import { pickList, type ListInputs } from './session-plan';

const pool = Array.from({ length: 40 }, (_, i) => i);
const inputs = (overrides: Partial<ListInputs> = {}): ListInputs => ({
  pool,
  size: 8,
  stages: new Map(),
  passes: () => true,
  // the platform ranks lower indexes first
  listScore: (i) => 1 - i / 40,
  ...overrides,
});

describe('pickList', () => {
  it('shows exactly the list size of distinct clinicians, the same for the same seed', () => {
    const first = pickList(RandomSource.streams(1).interactions, inputs());
    const again = pickList(RandomSource.streams(1).interactions, inputs());

    expect(first).toHaveLength(8);
    expect(new Set(first).size).toBe(8);
    expect(again).toEqual(first);
  });

  it("shows mostly the top of the platform's ranking to a new patient, not the whole pool", () => {
    const random = RandomSource.streams(2).interactions;
    const shown = Array.from({ length: 50 }, () => pickList(random, inputs())).flat();
    const fromTopHalf = shown.filter((i) => i < 20).length / shown.length;

    expect(fromTopHalf).toBeGreaterThan(0.75);
  });

  it('never shows booked or rejected clinicians while others remain', () => {
    const stages = new Map<number, Stage>(pool.slice(0, 30).map((i) => [i, 'booked']));
    stages.set(30, 'rejected');
    const random = RandomSource.streams(3).interactions;

    for (let k = 0; k < 20; k++) {
      expect(pickList(random, inputs({ stages })).every((i) => i > 30)).toBe(true);
    }
  });

  it('brings a clinician the patient contacted back into most later lists', () => {
    const stages = new Map<number, Stage>(pool.map((i) => [i, 'ignored']));
    stages.set(35, 'contacted');
    const random = RandomSource.streams(4).interactions;
    const lists = Array.from({ length: 40 }, () => pickList(random, inputs({ size: 3, stages })));

    expect(lists.filter((list) => list.includes(35)).length).toBeGreaterThan(30);
  });
});
