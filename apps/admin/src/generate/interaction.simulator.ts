import { AGE_GROUP_OF_RANGE } from '@lunajoy/models';

import { chooseAction, DWELL_SECONDS, nextStage, PAUSE_SECONDS, type Stage } from './action-model';
import type { GeneratedClinician } from './clinician.generator';
import { iso, makeId, round } from './format';
import { InteractionHistoryBuilder } from './interaction-history';
import { affinity } from './latent-tastes';
import { contentScore } from './list-score';
import type { RandomSource } from './random-source';
import { pickList, planSessions } from './session-plan';
import type { InteractionRecord } from './record-types';
import { allocateInteractions, poolKey, type SimulationWorld } from './simulation-world';
import type { GeneratedUser } from './user.generator';

/** Who is simulated, against which clinicians, for how many interactions. */
export interface SimulationOptions {
  world: SimulationWorld;
  users: readonly GeneratedUser[];
  /** exactly this many interactions are produced */
  total: number;
  referenceTime: number;
}

/** How much lower a patient's bar drops after a session without a booking, and how low it goes. */
const SETTLING = 0.9;
const MIN_ASPIRATION = 0.6;

/**
 * Simulates patients browsing match lists, session by session, and yields every interaction in
 * order (users in id order, each user's interactions in time order). As each user finishes, their
 * `interaction_history` is filled in from exactly the interactions yielded for them.
 */
export function* simulateInteractions(
  random: RandomSource,
  options: SimulationOptions,
): Generator<InteractionRecord> {
  const budgets = allocateInteractions(
    options.users.map((u) => u.activity),
    options.total,
  );
  const sequence = { next: 1, total: options.total };

  for (const user of options.users) {
    yield* simulateUser(random, options, user, budgets[user.index] ?? 0, sequence);
  }
}

function* simulateUser(
  random: RandomSource,
  options: SimulationOptions,
  user: GeneratedUser,
  budget: number,
  sequence: { next: number; total: number },
): Generator<InteractionRecord> {
  const history = new InteractionHistoryBuilder(user.viewedFormat, () => random.chance(0.5));
  const key = poolKey(user.state, user.appointmentType);
  const pool = options.world.pools.get(key) ?? [];
  if (budget === 0 || pool.length === 0) {
    user.record.interaction_history = history.build();
    return;
  }

  const clinicians = options.world.clinicians;
  const group = user.ageRange ? AGE_GROUP_OF_RANGE[user.ageRange] : null;
  const totalResults = options.world.eligibleCounts.get(`${key}|${group ?? 'any'}`) ?? 0;
  const preferences = user.record.stated_preferences;
  const passes = (c: GeneratedClinician) =>
    c.eligible && (group === null || c.ageGroups.includes(group));

  const stages = new Map<number, Stage>();
  const affinities = new Map<number, number>();
  const affinityOf = (c: GeneratedClinician) => {
    let a = affinities.get(c.index);
    if (a === undefined) {
      a = affinity({
        patient: user.taste,
        clinician: c.latent,
        clinicianBand: c.experienceBand,
        modalityShare: c.familyShares[user.taste.modalityFamily] ?? 0,
        needOverlap: contentScore(user, c).needOverlap,
      });
      affinities.set(c.index, a);
    }
    return a;
  };

  const listScores = new Map<number, number>();
  const listScoreOf = (c: GeneratedClinician) => {
    let score = listScores.get(c.index);
    if (score === undefined) listScores.set(c.index, (score = contentScore(user, c).matchScore));
    return score;
  };

  const sessions = planSessions(random, user, budget, pool.length, options.referenceTime);
  let bookings = 0;
  let emitted = 0;
  // Patients start picky and settle for less the longer they look without booking.
  let aspiration = random.between(0.75, 1);

  for (const session of sessions) {
    const shown = pickList(random, {
      pool,
      size: session.size,
      stages,
      passes: (i) => passes(clinicians[i] as GeneratedClinician),
      listScore: (i) => listScoreOf(clinicians[i] as GeneratedClinician),
    });
    const ranked = shown
      .map((i) => {
        const c = clinicians[i] as GeneratedClinician;
        const noisy = contentScore(user, c).matchScore + 0.02 * random.normal();
        return { c, score: round(Math.min(1.1, Math.max(0, noisy)), 4) };
      })
      .sort((x, y) => y.score - x.score || x.c.index - y.c.index);

    const sessionId = `sess_${random.hex(16)}`;
    const strategy =
      user.registrationType === 'anonymous'
        ? 'content_based'
        : user.registrationType === 'complete' && emitted >= 10
          ? 'collaborative_hybrid'
          : 'cluster_boosted';
    let elapsed = 0;
    let bookedThisSession = false;

    for (let p = 0; p < ranked.length; p++) {
      const { c, score } = ranked[p] as { c: GeneratedClinician; score: number };
      const stage = stages.get(c.index) ?? 'new';
      const action = chooseAction(random, {
        stage,
        affinity: Math.min(1, affinityOf(c) / aspiration),
        mayBook: bookings < user.bookingIntent && !bookedThisSession,
        eligible: passes(c),
        position: p + 1,
      });
      const [min, max] = DWELL_SECONDS[action];
      const dwell = random.int(min, max);
      const timeToAction = elapsed + dwell;
      elapsed = timeToAction + random.int(...PAUSE_SECONDS);
      const actionTimestamp = iso(session.start + timeToAction * 1000);
      const retained = action === 'booked' && random.chance(0.3 + 0.5 * affinityOf(c));
      if (action === 'booked') {
        bookings += 1;
        bookedThisSession = true;
      }
      stages.set(c.index, nextStage(stage, action));
      history.add(c.id, action, actionTimestamp, dwell, retained);
      emitted += 1;

      const record: InteractionRecord = {
        interaction_id: makeId('int_', sequence.next++, sequence.total),
        user_id: user.id,
        clinician_id: c.id,
        session_id: sessionId,
        match_context: {
          timestamp: iso(session.start),
          match_score: score,
          ranking_position: p + 1,
          user_type: user.registrationType,
          matching_strategy: strategy,
          total_results: totalResults,
          search_filters: {
            state: preferences.state,
            appointment_type: preferences.appointment_type,
            insurance_provider: preferences.insurance_provider,
            urgency_level: preferences.urgency_level,
            clinical_needs: preferences.clinical_needs,
          },
        },
        outcome: {
          action,
          action_timestamp: actionTimestamp,
          time_to_action: timeToAction,
          appointment_scheduled: action === 'booked',
        },
      };
      if (action === 'booked') record.outcome.retained = retained;
      yield record;
    }
    aspiration = bookedThisSession ? aspiration : Math.max(MIN_ASPIRATION, aspiration * SETTLING);
  }

  user.record.interaction_history = history.build();
}
