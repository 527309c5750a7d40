import type { InteractionHistoryRecord, ViewedEntry } from './record-types';
import { COMMITTED_DATA_DIR, readDataset, type Dataset } from './testing/read-dataset';

/** The history lists as they follow from interactions.json (see InteractionHistoryBuilder). */
function historiesFrom(
  interactions: Dataset['interactions'],
): Map<string, InteractionHistoryRecord> {
  const histories = new Map<string, InteractionHistoryRecord>();
  const push = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const i of interactions) {
    let h = histories.get(i.user_id);
    if (!h) {
      h = {
        clinicians_viewed: [],
        clinicians_contacted: [],
        clinicians_booked: [],
        clinicians_rejected: [],
        clinicians_retained: [],
      };
      histories.set(i.user_id, h);
    }
    const { action } = i.outcome;
    if (action === 'viewed' && !h.clinicians_viewed.some((v) => idOf(v) === i.clinician_id)) {
      h.clinicians_viewed.push(i.clinician_id);
    }
    if (action === 'contacted') push(h.clinicians_contacted, i.clinician_id);
    if (action === 'booked') push(h.clinicians_booked, i.clinician_id);
    if (action === 'rejected') push(h.clinicians_rejected, i.clinician_id);
    if (action === 'booked' && i.outcome.retained) push(h.clinicians_retained, i.clinician_id);
  }
  return histories;
}

function idOf(entry: ViewedEntry): string {
  return typeof entry === 'string' ? entry : entry.clinician_id;
}

describe('interaction_history in the committed users.json', () => {
  const data = readDataset(COMMITTED_DATA_DIR);
  const expected = historiesFrom(data.interactions);

  it('lists exactly the clinicians each user viewed, contacted, booked, rejected and stayed with', () => {
    for (const user of data.users) {
      const want = expected.get(user.user_id);
      const got = user.interaction_history;

      expect(got.clinicians_viewed.map(idOf)).toEqual(want?.clinicians_viewed ?? []);
      expect(got.clinicians_contacted).toEqual(want?.clinicians_contacted ?? []);
      expect(got.clinicians_booked).toEqual(want?.clinicians_booked ?? []);
      expect(got.clinicians_rejected).toEqual(want?.clinicians_rejected ?? []);
      expect(got.clinicians_retained).toEqual(want?.clinicians_retained ?? []);
    }
  });

  it('writes viewed clinicians as bare ids and as objects with the first view time and duration', () => {
    const entries = data.users.flatMap((u) => u.interaction_history.clinicians_viewed);
    const firstView = new Map<string, { at: string; seconds: number }>();
    for (const i of data.interactions) {
      const key = `${i.user_id} ${i.clinician_id}`;
      if (i.outcome.action === 'viewed' && !firstView.has(key)) {
        firstView.set(key, { at: i.outcome.action_timestamp, seconds: 0 });
      }
    }

    expect(entries.some((e) => typeof e === 'string')).toBe(true);
    expect(entries.some((e) => typeof e === 'object')).toBe(true);
    for (const user of data.users) {
      for (const e of user.interaction_history.clinicians_viewed) {
        if (typeof e === 'string') continue;
        expect(e.timestamp).toBe(firstView.get(`${user.user_id} ${e.clinician_id}`)?.at);
        expect(e.duration).toBeGreaterThan(0);
      }
    }
  });
});
