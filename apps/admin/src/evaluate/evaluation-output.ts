import fs from 'node:fs';
import path from 'node:path';

import {
  EVALUATED_STRATEGIES,
  type EvaluatedStrategy,
  type EvaluationReport,
  type StrategyMetrics,
} from '@lunajoy/engine';
import Table from 'cli-table3';

/** Where the evaluated data came from and how it was run. */
export interface EvaluationContext {
  source: 'database' | 'folder';
  /** the evaluation's fixed clock, epoch ms */
  referenceTime: number;
  seed: number;
}

const METRICS = [
  'ndcg_at_10',
  'recall_at_10',
  'mrr',
  'coverage',
] as const satisfies readonly (keyof StrategyMetrics)[];
const HEADINGS: Record<(typeof METRICS)[number], string> = {
  ndcg_at_10: 'nDCG@10',
  recall_at_10: 'recall@10',
  mrr: 'MRR',
  coverage: 'coverage',
};
/** The comparisons printed under the table: the complete tier against each baseline. */
const RATIOS: readonly [EvaluatedStrategy, EvaluatedStrategy][] = [
  ['complete', 'anonymous'],
  ['complete', 'popularity'],
];

type Ratios = Record<string, Record<(typeof METRICS)[number], number | null>>;

function ratios(report: EvaluationReport): Ratios {
  const out: Ratios = {};
  for (const [top, bottom] of RATIOS) {
    const entry = {} as Ratios[string];
    for (const metric of METRICS) {
      const below = report.strategies[bottom][metric];
      entry[metric] = below === 0 ? null : round4(report.strategies[top][metric] / below);
    }
    out[`${top}_over_${bottom}`] = entry;
  }
  return out;
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

/**
 * The evaluation as JSON: `strategies` holds every strategy's metrics under the names `random`,
 * `popularity`, `anonymous`, `basic` and `complete`; the rest says what was evaluated. No
 * timings, so the same data always writes the same file.
 */
export function evaluationJson(report: EvaluationReport, context: EvaluationContext) {
  return {
    strategies: Object.fromEntries(
      EVALUATED_STRATEGIES.map((name) => [name, { ...report.strategies[name] }]),
    ) as Record<EvaluatedStrategy, StrategyMetrics>,
    ratios: ratios(report),
    held_out: report.heldOut,
    evaluated: report.evaluated,
    unreachable: report.unreachable,
    complete_fallbacks: report.completeFallbacks,
    model_version: report.modelVersion,
    source: context.source,
    reference_time: new Date(context.referenceTime).toISOString(),
    seed: context.seed,
  };
}

/** Writes `evaluationJson` to a file, creating its folder. */
export function writeEvaluationJson(
  file: string,
  report: EvaluationReport,
  context: EvaluationContext,
): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(evaluationJson(report, context), null, 2)}\n`);
}

/** Prints the metrics table, the ratios and the counts behind them. */
export function printEvaluation(report: EvaluationReport, context: EvaluationContext): void {
  const table = new Table({
    head: ['strategy', ...METRICS.map((metric) => HEADINGS[metric])],
    // Colour codes only on a terminal; logs and CI get plain text.
    style: process.stdout.isTTY ? undefined : { head: [], border: [] },
  });
  for (const name of EVALUATED_STRATEGIES) {
    table.push([name, ...METRICS.map((metric) => report.strategies[name][metric].toFixed(4))]);
  }
  console.log(table.toString());

  for (const [name, entry] of Object.entries(ratios(report))) {
    const parts = METRICS.map((metric) => {
      const value = entry[metric];
      return `${HEADINGS[metric]} ${value === null ? 'n/a' : `${value.toFixed(2)}×`}`;
    });
    console.log(`${name.replace('_over_', '/')}: ${parts.join(', ')}`);
  }
  console.log(
    `${report.evaluated} patients evaluated of ${report.heldOut} held out ` +
      `(latest booking of each patient with bookings of two or more clinicians); ` +
      `${report.unreachable} held-out clinicians fail the hard filters now; ` +
      `complete fell back to basic for ${report.completeFallbacks}`,
  );
  console.log(
    `source ${context.source}, clock ${new Date(context.referenceTime).toISOString()}, ` +
      `seed ${context.seed}, model ${report.modelVersion}`,
  );
}
