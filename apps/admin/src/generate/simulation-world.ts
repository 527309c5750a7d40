import { AGE_GROUPS } from '@lunajoy/models';

import type { GeneratedClinician } from './clinician.generator';

/** The clinicians a simulated patient can come across, indexed the way matching filters them. */
export interface SimulationWorld {
  clinicians: readonly GeneratedClinician[];
  /** `state|appointment_type` → indexes of the clinicians licensed there and offering it */
  pools: ReadonlyMap<string, readonly number[]>;
  /** `state|appointment_type|age_group` (or `|any`) → how many of them pass the hard filters */
  eligibleCounts: ReadonlyMap<string, number>;
  /** state code → how many clinicians passing the hard filters are licensed there */
  stateDensity: ReadonlyMap<string, number>;
}

/** Indexes clinicians by state and appointment type, with eligible counts per age group. */
export function buildSimulationWorld(clinicians: readonly GeneratedClinician[]): SimulationWorld {
  const pools = new Map<string, number[]>();
  for (const c of clinicians) {
    for (const state of c.states) {
      for (const type of c.appointmentTypes) {
        const key = poolKey(state, type);
        const pool = pools.get(key);
        if (pool) pool.push(c.index);
        else pools.set(key, [c.index]);
      }
    }
  }

  const eligibleCounts = new Map<string, number>();
  for (const [key, pool] of pools) {
    const eligible = pool.map((i) => clinicians[i] as GeneratedClinician).filter((c) => c.eligible);
    eligibleCounts.set(`${key}|any`, eligible.length);
    for (const group of AGE_GROUPS) {
      eligibleCounts.set(
        `${key}|${group}`,
        eligible.filter((c) => c.ageGroups.includes(group)).length,
      );
    }
  }

  const stateDensity = new Map<string, number>();
  for (const c of clinicians) {
    if (!c.eligible) continue;
    for (const state of c.states) stateDensity.set(state, (stateDensity.get(state) ?? 0) + 1);
  }

  return { clinicians, pools, eligibleCounts, stateDensity };
}

/** The pool key of a state and appointment type. */
export function poolKey(state: string, appointmentType: string): string {
  return `${state}|${appointmentType}`;
}

/**
 * Splits `total` interactions between users in proportion to their activity, exactly: cumulative
 * rounding hands out every interaction and keeps each share within one of its exact value.
 */
export function allocateInteractions(activities: readonly number[], total: number): number[] {
  let weightSum = 0;
  for (const a of activities) weightSum += a;
  // Nobody active (a tiny run of anonymous visitors): spread the budget evenly instead.
  const weights = weightSum > 0 ? activities : activities.map(() => 1);
  if (weightSum <= 0) weightSum = weights.length;

  const budgets: number[] = [];
  let cumulative = 0;
  let handedOut = 0;
  for (const w of weights) {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / weightSum);
    budgets.push(upTo - handedOut);
    handedOut = upTo;
  }
  return budgets;
}
