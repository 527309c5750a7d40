/**
 * Readable cluster labels, read off the cluster centres: "first-time, 25–34, anxiety and
 * depression". The first three parts (experience, age, main needs) always come first; when two
 * clusters would read the same, further parts (appointment type, urgency, payment, goal) are
 * added until they differ, and a group number as a last resort.
 */
import { AGE_RANGES } from '@lunajoy/models';

import { compareIds } from '../snapshot/compare-ids';
import { featureBlock, unscaledBlock, type FeatureSpec } from './patient-features';

const EXPERIENCE_WORDS: Record<string, string> = {
  first_time: 'first-time',
  returning: 'returning',
  experienced: 'experienced',
};
const PAYMENT_WORDS: Record<string, string> = {
  insured: 'insured',
  self_pay: 'self-pay',
  none: 'no insurance given',
};

/** A centre value at or above this is "most members have it" for a one-hot column. */
const DOMINANT = 0.5;
/** Multi-hot columns below this share of the block's largest value are not named. */
const RELATIVE_FLOOR = 0.6;

const words = (key: string): string => key.replace(/_/g, ' ');

/** The column of a block holding most of the centre's weight, when one clearly does. */
function dominantColumn(
  centre: readonly number[],
  spec: FeatureSpec,
  name: 'experience' | 'payment' | 'appointment',
): string | null {
  const block = featureBlock(spec, name);
  const values = unscaledBlock(centre, block);
  let best = -1;
  values.forEach((v, i) => {
    if (v >= DOMINANT && (best < 0 || v > (values[best] ?? 0))) best = i;
  });
  return best < 0 ? null : (block.columns[best] ?? null);
}

/** The strongest one or two columns of a multi-hot block, strongest first, ties by name. */
function topColumns(
  centre: readonly number[],
  spec: FeatureSpec,
  name: 'needs' | 'goals',
  count: number,
): string[] {
  const block = featureBlock(spec, name);
  const values = unscaledBlock(centre, block);
  const max = Math.max(0, ...values);
  if (max < 0.1) return [];

  return block.columns
    .map((column, i) => ({ column, value: values[i] ?? 0 }))
    .filter((c) => c.value >= max * RELATIVE_FLOOR)
    .sort((a, b) => b.value - a.value || compareIds(a.column, b.column))
    .slice(0, count)
    .map((c) => words(c.column));
}

function ageWords(centre: readonly number[], spec: FeatureSpec): string {
  const [value = 0.5] = unscaledBlock(centre, featureBlock(spec, 'age'));
  const index = Math.min(
    AGE_RANGES.length - 1,
    Math.max(0, Math.round(value * (AGE_RANGES.length - 1))),
  );
  return (AGE_RANGES[index] ?? '').replace('-', '–');
}

/** The parts a label may use, most telling first; the first three are always shown. */
function labelParts(centre: readonly number[], spec: FeatureSpec): string[] {
  const experience = dominantColumn(centre, spec, 'experience');
  const needs = topColumns(centre, spec, 'needs', 2);
  const payment = dominantColumn(centre, spec, 'payment');
  const appointment = dominantColumn(centre, spec, 'appointment');
  const [urgency = 0] = unscaledBlock(centre, featureBlock(spec, 'urgency'));
  const goals = topColumns(centre, spec, 'goals', 1);

  return [
    experience ? (EXPERIENCE_WORDS[experience] ?? words(experience)) : 'mixed experience',
    ageWords(centre, spec),
    needs.length > 0 ? needs.join(' and ') : 'no stated needs',
    appointment === 'medication' ? 'medication management' : 'therapy',
    urgency >= DOMINANT ? 'needs care now' : 'flexible',
    payment ? (PAYMENT_WORDS[payment] ?? words(payment)) : 'mixed payment',
    goals.length > 0 ? `goal: ${goals[0]}` : 'no stated goals',
  ];
}

/** One label per centre, unique across the model. */
export function clusterLabels(
  centres: readonly (readonly number[])[],
  spec: FeatureSpec,
): string[] {
  const parts = centres.map((c) => labelParts(c, spec));
  const shown = parts.map(() => 3);
  const label = (i: number): string => (parts[i] ?? []).slice(0, shown[i]).join(', ');

  // Lengthen colliding labels one part at a time; a collision that survives every part (two
  // centres alike in all the named features) gets the group number.
  for (let round = 3; round < (parts[0]?.length ?? 0); round += 1) {
    const counts = new Map<string, number>();
    parts.forEach((_, i) => counts.set(label(i), (counts.get(label(i)) ?? 0) + 1));
    const colliding = parts.map((_, i) => (counts.get(label(i)) ?? 0) > 1);
    if (!colliding.includes(true)) break;
    colliding.forEach((c, i) => {
      if (c) shown[i] = round + 1;
    });
  }

  const labels = parts.map((_, i) => label(i));
  return labels.map((l, i) =>
    labels.indexOf(l) !== labels.lastIndexOf(l) ? `${l} (group ${i + 1})` : l,
  );
}
