import Table from 'cli-table3';

import type { TrainOutcome } from './train-and-save';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Prints what training produced: the clusters, the neighbourhoods and where the time went. */
export function printTrainingSummary(outcome: TrainOutcome, totalMs: number): void {
  const { model, saved, counts, timings } = outcome;

  console.log(
    `trained on ${counts.patients} patients, ${counts.interactions} interactions and ` +
      `${counts.clinicians} active clinicians`,
  );

  const table = new Table({
    head: ['cluster', 'label', 'patients', 'favourites', 'top favourite'],
    // Colour codes only on a terminal; logs and CI get plain text.
    style: process.stdout.isTTY ? undefined : { head: [], border: [] },
  });
  for (const cluster of model.clusters) {
    const top = cluster.favourites[0];
    table.push([
      cluster.id,
      cluster.label,
      cluster.size,
      cluster.favourites.length,
      top ? `${top.clinicianId} (${top.score})` : '-',
    ]);
  }
  console.log(table.toString());

  let largest = 0;
  for (const list of model.neighbours.values()) largest = Math.max(largest, list.length);
  const patients = model.neighbours.size;
  const mean = patients === 0 ? 0 : saved.neighbourRows / patients;
  console.log(
    `neighbourhoods: ${patients} patients, ${saved.neighbourRows} neighbour rows ` +
      `(${mean.toFixed(1)} per patient, at most ${largest})`,
  );
  const retired = saved.retiredVersions.length;
  console.log(
    `saved model version ${saved.version} (${model.version})` +
      (retired > 0 ? `, retired ${retired} older model(s)` : ''),
  );
  console.log(
    `read ${seconds(timings.readMs)}, trained ${seconds(timings.trainMs)}, ` +
      `saved ${seconds(timings.saveMs)}: ${seconds(totalMs)} in all`,
  );
}
