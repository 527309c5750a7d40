import type { Action } from './action-model';
import type { InteractionHistoryRecord, ViewedEntry } from './record-types';
import type { ViewedFormat } from './user.generator';

/**
 * Builds a user's `interaction_history` from their interactions, so the two always agree. Each
 * list holds the distinct clinicians with at least one interaction of that action, in the order
 * of the first such interaction: `clinicians_viewed` ← `viewed`, `clinicians_contacted` ←
 * `contacted`, `clinicians_booked` ← `booked`, `clinicians_rejected` ← `rejected`, and
 * `clinicians_retained` ← bookings whose outcome says `retained: true`. A viewed entry is a bare
 * id or `{ clinician_id, timestamp, duration }` (the first view's action time and seconds spent).
 */
export class InteractionHistoryBuilder {
  private readonly viewed: ViewedEntry[] = [];
  private readonly seen = new Map<Action | 'retained', Set<string>>();
  private readonly lists: Record<'contacted' | 'booked' | 'rejected' | 'retained', string[]> = {
    contacted: [],
    booked: [],
    rejected: [],
    retained: [],
  };

  constructor(
    private readonly format: ViewedFormat,
    /** decides, for the mixed format, whether one entry is written as an object */
    private readonly asObject: () => boolean,
  ) {}

  /** Records one interaction, in the order they happened. */
  add(
    clinicianId: string,
    action: Action,
    actionTimestamp: string,
    seconds: number,
    retained: boolean,
  ): void {
    if (action === 'viewed' && this.firstTime('viewed', clinicianId)) {
      const object = this.format === 'objects' || (this.format === 'mixed' && this.asObject());
      this.viewed.push(
        object
          ? { clinician_id: clinicianId, timestamp: actionTimestamp, duration: seconds }
          : clinicianId,
      );
    }
    if (action === 'contacted' || action === 'booked' || action === 'rejected') {
      if (this.firstTime(action, clinicianId)) this.lists[action].push(clinicianId);
    }
    if (action === 'booked' && retained && this.firstTime('retained', clinicianId)) {
      this.lists.retained.push(clinicianId);
    }
  }

  build(): InteractionHistoryRecord {
    return {
      clinicians_viewed: this.viewed,
      clinicians_contacted: this.lists.contacted,
      clinicians_booked: this.lists.booked,
      clinicians_rejected: this.lists.rejected,
      clinicians_retained: this.lists.retained,
    };
  }

  private firstTime(list: Action | 'retained', clinicianId: string): boolean {
    let ids = this.seen.get(list);
    if (!ids) {
      ids = new Set();
      this.seen.set(list, ids);
    }
    if (ids.has(clinicianId)) return false;
    ids.add(clinicianId);
    return true;
  }
}
