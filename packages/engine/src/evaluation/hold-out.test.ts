import { makeInteraction } from '../learning/testing/patient.fixture';
import { holdOutLatestBookings } from './hold-out';

const at = (minute: number) => Date.UTC(2025, 0, 1, 0, minute);

describe('holdOutLatestBookings', () => {
  const rows = [
    makeInteraction('p', 'A', 'booked', at(1)),
    makeInteraction('p', 'B', 'viewed', at(2)),
    makeInteraction('p', 'C', 'viewed', at(3)),
    makeInteraction('p', 'B', 'booked', at(4)),
    makeInteraction('p', 'D', 'viewed', at(4)),
    makeInteraction('p', 'E', 'clicked', at(5)),
    makeInteraction('one', 'A', 'booked', at(1)),
    makeInteraction('one', 'B', 'viewed', at(9)),
    makeInteraction('same', 'A', 'booked', at(1)),
    makeInteraction('same', 'A', 'booked', at(2)),
    makeInteraction('q', 'B', 'booked', at(7)),
    makeInteraction('q', 'A', 'booked', at(3)),
  ];
  const split = holdOutLatestBookings(rows);
  const kept = (userId: string) =>
    split.training.filter((i) => i.userId === userId).map((i) => `${i.clinicianId}:${i.action}`);

  it('holds out the latest booking of each patient who booked two different clinicians', () => {
    expect(split.heldOut.map((h) => [h.userId, h.clinicianId])).toEqual([
      ['p', 'B'],
      ['q', 'B'],
    ]);
  });

  it('keeps what the patient did before the held-out booking, with that clinician too', () => {
    expect(kept('p')).toEqual(['A:booked', 'B:viewed', 'C:viewed']);
    expect(kept('q')).toEqual(['A:booked']);
  });

  it('keeps patients without two different bookings whole', () => {
    expect(kept('one')).toEqual(['A:booked', 'B:viewed']);
    expect(kept('same')).toEqual(['A:booked', 'A:booked']);
  });

  it("drops the patient's earlier interactions with that clinician under the strict rule", () => {
    const strict = holdOutLatestBookings(rows, { dropEarlierPairInteractions: true });
    const ofP = strict.training
      .filter((i) => i.userId === 'p')
      .map((i) => `${i.clinicianId}:${i.action}`);

    expect(ofP).toEqual(['A:booked', 'C:viewed']);
    expect(strict.heldOut).toEqual(split.heldOut);
  });
});
