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

  it('drops the held-out pair and everything the patient did from that moment on', () => {
    expect(kept('p')).toEqual(['A:booked', 'C:viewed']);
    expect(kept('q')).toEqual(['A:booked']);
  });

  it('keeps patients without two different bookings whole', () => {
    expect(kept('one')).toEqual(['A:booked', 'B:viewed']);
    expect(kept('same')).toEqual(['A:booked', 'A:booked']);
  });

  it("keeps the patient's earlier interactions with the held-out clinician when told to", () => {
    const kept = holdOutLatestBookings(rows, { dropEarlierPairInteractions: false });
    const ofP = kept.training
      .filter((i) => i.userId === 'p')
      .map((i) => `${i.clinicianId}:${i.action}`);

    expect(ofP).toEqual(['A:booked', 'B:viewed', 'C:viewed']);
    expect(kept.heldOut).toEqual(split.heldOut);
  });
});
