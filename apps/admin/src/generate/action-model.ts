/**
 * How a simulated patient reacts to a clinician shown in a list. Patients move through a funnel
 * over several sessions (seen, clicked, contacted, booked) and the chance of each step rises with
 * their hidden affinity; a low affinity makes ignoring and rejecting likely.
 */
import type { RandomSource } from './random-source';

/** What a patient did with a shown clinician (the interaction vocabulary). */
export type Action = 'viewed' | 'clicked' | 'contacted' | 'booked' | 'ignored' | 'rejected';

/** Seconds a patient spends before each kind of action. */
export const DWELL_SECONDS: Record<Action, [number, number]> = {
  ignored: [1, 8],
  viewed: [10, 180],
  clicked: [5, 90],
  contacted: [60, 900],
  booked: [120, 1800],
  rejected: [5, 120],
};

/** Seconds between acting on one shown clinician and turning to the next. */
export const PAUSE_SECONDS: [number, number] = [2, 30];

/** The longest one shown clinician can take: the slowest action plus the longest pause. */
export const MAX_SECONDS_PER_ITEM =
  Math.max(...Object.values(DWELL_SECONDS).map(([, max]) => max)) + PAUSE_SECONDS[1];

/** How far a patient has got with one clinician. Booked and rejected clinicians are done. */
export type Stage = 'new' | 'ignored' | 'viewed' | 'clicked' | 'contacted' | 'booked' | 'rejected';

/** What decides a patient's reaction to one shown clinician. */
export interface ActionInputs {
  stage: Stage;
  /** hidden affinity 0..1 */
  affinity: number;
  /** false once the patient has booked all they meant to, or already booked this session */
  mayBook: boolean;
  /** passes the hard filters; a clinician who is not taking patients cannot be booked */
  eligible: boolean;
  /** 1-based position in the list; attention fades a little down the list */
  position: number;
}

/** Draws the patient's action for one shown clinician. */
export function chooseAction(random: RandomSource, inputs: ActionInputs): Action {
  const a = inputs.affinity;
  const attention = Math.max(0.7, 1 - 0.03 * (inputs.position - 1));
  const bookable = inputs.mayBook && inputs.eligible ? attention : 0;

  // Booking and contacting rise steeply with affinity (a patient books the clinician who feels
  // right, not the one who merely fits the form); a low affinity makes ignoring and rejecting
  // likely. Patients rarely book at first sight: most bookings follow a view, click or contact.
  const a2 = a * a;
  let weights: Record<Action, number>;
  switch (inputs.stage) {
    case 'clicked':
    case 'viewed':
      weights = {
        booked: bookable * 0.6 * a2 * a2,
        contacted: attention * 0.25 * a2,
        rejected: 0.15 * (1 - a) * (1 - a),
        clicked: 0.15,
        ignored: 0.25 * (1 - a),
        viewed: 0,
      };
      break;
    case 'contacted':
      weights = {
        booked: bookable * (0.8 * a2 * a + 0.05),
        contacted: 0,
        rejected: 0.1 * (1 - a),
        clicked: 0.1,
        ignored: 0.05,
        viewed: 0,
      };
      break;
    default:
      weights = {
        booked: bookable * 0.12 * a2 * a2,
        contacted: attention * 0.15 * a2 * a,
        rejected: 0.1 * (1 - a) * (1 - a),
        clicked: attention * (0.3 * a2 + 0.05),
        ignored: 0.45 * (1 - a) + 0.25 * (1 - attention),
        viewed: 0,
      };
  }
  weights.viewed = Math.max(0.05, 1 - sumOf(weights));

  return random.weightedPick(
    ACTIONS,
    ACTIONS.map((action) => weights[action]),
  );
}

/** The stage a patient is at after an action (the furthest step reached so far). */
export function nextStage(stage: Stage, action: Action): Stage {
  if (action === 'booked' || action === 'rejected') return action;
  if (STAGE_RANK[action] > STAGE_RANK[stage]) return action;
  return stage;
}

const ACTIONS: readonly Action[] = [
  'viewed',
  'clicked',
  'contacted',
  'booked',
  'ignored',
  'rejected',
];

const STAGE_RANK: Record<Stage, number> = {
  new: 0,
  ignored: 1,
  viewed: 2,
  clicked: 3,
  contacted: 4,
  booked: 5,
  rejected: 5,
};

function sumOf(weights: Record<Action, number>): number {
  let sum = 0;
  for (const action of ACTIONS) sum += weights[action];
  return sum;
}
