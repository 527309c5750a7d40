/**
 * Offline ranking metrics for one ranked list against the clinicians a patient actually chose.
 * With one held-out booking per patient (the usual case) they reduce to: nDCG@k = 1 ÷ log2(rank
 * + 1) when the booking is in the top k, recall@k = 1 when it is, reciprocal rank = 1 ÷ rank
 * anywhere in the list; a booking missing from the list scores 0 on all three.
 */

/** Metrics of one ranked list. */
export interface RankingMetrics {
  ndcg: number;
  recall: number;
  reciprocalRank: number;
}

/** The mean of each metric over patients, plus the share of the catalogue ever shown. */
export interface StrategyMetrics {
  ndcg_at_10: number;
  recall_at_10: number;
  mrr: number;
  coverage: number;
}

/** nDCG@k, recall@k and reciprocal rank of `ranked` (ids, best first) for binary relevance. */
export function rankingMetrics(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
  k = 10,
): RankingMetrics {
  if (relevant.size === 0) return { ndcg: 0, recall: 0, reciprocalRank: 0 };

  let dcg = 0;
  let hits = 0;
  let reciprocalRank = 0;
  ranked.forEach((id, i) => {
    if (!relevant.has(id)) return;
    if (reciprocalRank === 0) reciprocalRank = 1 / (i + 1);
    if (i < k) {
      dcg += 1 / Math.log2(i + 2);
      hits += 1;
    }
  });

  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i += 1) ideal += 1 / Math.log2(i + 2);

  return { ndcg: dcg / ideal, recall: hits / relevant.size, reciprocalRank };
}

/** Accumulates per-patient metrics and the clinicians shown in any top k. */
export class MetricsAccumulator {
  private count = 0;
  private ndcg = 0;
  private recall = 0;
  private reciprocalRank = 0;
  private readonly shown = new Set<string>();

  constructor(
    private readonly catalogueSize: number,
    private readonly k = 10,
  ) {}

  /** Adds one patient's ranked list. */
  add(ranked: readonly string[], relevant: ReadonlySet<string>): RankingMetrics {
    const metrics = rankingMetrics(ranked, relevant, this.k);
    this.count += 1;
    this.ndcg += metrics.ndcg;
    this.recall += metrics.recall;
    this.reciprocalRank += metrics.reciprocalRank;
    for (const id of ranked.slice(0, this.k)) this.shown.add(id);
    return metrics;
  }

  /** Means over the patients added (0 when none), rounded to 4 decimals. */
  result(): StrategyMetrics {
    const mean = (sum: number): number => (this.count === 0 ? 0 : round4(sum / this.count));
    return {
      ndcg_at_10: mean(this.ndcg),
      recall_at_10: mean(this.recall),
      mrr: mean(this.reciprocalRank),
      coverage: this.catalogueSize === 0 ? 0 : round4(this.shown.size / this.catalogueSize),
    };
  }
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;
