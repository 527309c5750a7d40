import fs from 'node:fs';
import path from 'node:path';

import { fixtureClinician, fixtureInteraction, fixtureUser } from '@lunajoy/db/testing';

/**
 * A data set small enough to evaluate by hand: three clinicians every patient can see, and
 * bookings (clinician, in time order) per patient:
 *
 * - p1 books c1 then c2: c2 is held out, c1 stays in training
 * - p2 books c3 then c1: c1 is held out, c3 stays in training
 * - p3 books c3 only: not held out (one booking), counts for popularity
 *
 * Training popularity: c3 booked twice, c1 once, c2 never. Candidates leave out what the
 * patient booked in training, so popularity ranks [c3, c2] for p1 (held out at rank 2) and
 * [c1, c2] for p2 (rank 1): nDCG@10 = (1/log2(3) + 1) / 2 = 0.8155, recall@10 = 1,
 * MRR = (1/2 + 1) / 2 = 0.75, coverage = 3/3 = 1.
 */
export const EVALUATION_FIXTURE = {
  heldOut: 2,
  popularity: { ndcg_at_10: 0.8155, recall_at_10: 1, mrr: 0.75, coverage: 1 },
} as const;

const BOOKINGS: [user: number, clinician: number][] = [
  [1, 1],
  [2, 3],
  [3, 3],
  [1, 2],
  [2, 1],
];

/** Writes the fixture's three JSON files (no manifest) into `dir`. */
export function writeEvaluationFixture(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const clinicians = [1, 2, 3].map((i) => {
    const record = fixtureClinician(i);
    record.clinician_id = `c${i}`;
    record.basic_info.license_states = ['CA'];
    record.basic_info.appointment_types = ['therapy'];
    record.profile_features.age_groups_served = ['adults'];
    Object.assign(record.availability_features, {
      accepting_new_patients: true,
      current_patient_count: 1,
      max_patient_capacity: 30,
    });
    record.admin_data.active_status = true;
    return record;
  });
  const users = [1, 2, 3].map((i) => {
    const record = fixtureUser(3 * i + 2);
    record.user_id = `p${i}`;
    record.registration_type = 'complete';
    Object.assign(record.stated_preferences, { state: 'CA', appointment_type: 'therapy' });
    Object.assign(record.profile_data, { age_range: '25-34' });
    return record;
  });
  const interactions = BOOKINGS.map(([user, clinician], i) => {
    const record = fixtureInteraction(i, 1, 1);
    record.interaction_id = `i${i + 1}`;
    record.user_id = `p${user}`;
    record.clinician_id = `c${clinician}`;
    record.outcome.action = 'booked';
    record.outcome.appointment_scheduled = true;
    return record;
  });

  fs.writeFileSync(path.join(dir, 'clinicians.json'), JSON.stringify(clinicians));
  fs.writeFileSync(path.join(dir, 'users.json'), JSON.stringify(users));
  fs.writeFileSync(path.join(dir, 'interactions.json'), JSON.stringify(interactions));
}
