/** Inactive clinicians (left, on leave, suspended) are never matched. */
import type { HardFilter } from './hard-filter';

/** Keeps clinicians whose `activeStatus` is true. */
export const activeFilter: HardFilter = {
  name: 'active_status',
  keep: (clinician) => clinician.activeStatus,
};
