import { compareCodeUnits } from '@lunajoy/models';

import { Prisma } from '../generated/prisma/client';
import type { ModelSaveProgress, StoredModelCluster, StoredNeighbour } from './stored-model';

// Rows per INSERT … unnest statement: five parameters (four of them array literals) whatever
// the size, so the 65,535 bind-parameter limit never applies; chunks only keep each statement's
// payload moderate.
const INSERT_CHUNK = 100_000;
// Patients per read when loading neighbourhoods back.
const READ_PAGE = 20_000;

/**
 * An array as one PostgreSQL array literal (`{"a","b"}`, `{0.30000000000000004,1}`), sent as a
 * single text parameter. Prisma serialises array parameters element by element (slowly, and
 * with doubles rounded: 0.1 + 0.2 arrives as 0.3); one string is fast and exact, and the
 * database parses it in C.
 */
function arrayLiteral(values: readonly (string | number)[]): string {
  const items = values.map((value) =>
    typeof value === 'number' ? String(value) : `"${value.replace(/[\\"]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}

/**
 * Writes a model's clusters in one statement inside the caller's transaction; the clusters
 * travel as one JSON text, so every double of the centres arrives exactly. Returns the number
 * of rows written.
 */
export async function insertClusterRows(
  tx: Prisma.TransactionClient,
  modelId: string,
  clusters: readonly StoredModelCluster[],
): Promise<number> {
  if (clusters.length === 0) return 0;

  return tx.$executeRaw`
    INSERT INTO model_clusters (model_id, cluster_id, label, centre, size, favourites)
    SELECT ${modelId}, (c->>'id')::int, c->>'label',
           ARRAY(SELECT e::float8
                   FROM jsonb_array_elements_text(c->'centre') WITH ORDINALITY AS x(e, i)
                  ORDER BY i),
           (c->>'size')::int, c->'favourites'
      FROM jsonb_array_elements(${JSON.stringify(clusters)}::jsonb) AS c`;
}

/** The neighbourhoods flattened into one array per column, in patient then rank order. */
interface NeighbourColumns {
  userIds: string[];
  ranks: number[];
  neighbourIds: string[];
  similarities: number[];
}

function toColumns(neighbours: ReadonlyMap<string, readonly StoredNeighbour[]>): NeighbourColumns {
  const columns: NeighbourColumns = { userIds: [], ranks: [], neighbourIds: [], similarities: [] };
  for (const [userId, list] of neighbours) {
    list.forEach((neighbour, index) => {
      columns.userIds.push(userId);
      columns.ranks.push(index + 1);
      columns.neighbourIds.push(neighbour.id);
      columns.similarities.push(neighbour.similarity);
    });
  }
  return columns;
}

/**
 * Writes every neighbourhood of a model as rows (`rank` 1 is the most similar), in bulk
 * statements inside the caller's transaction. Returns the number of rows written.
 */
export async function insertNeighbourRows(
  tx: Prisma.TransactionClient,
  modelId: string,
  neighbours: ReadonlyMap<string, readonly StoredNeighbour[]>,
  onProgress?: (progress: ModelSaveProgress) => void,
): Promise<number> {
  const columns = toColumns(neighbours);
  const total = columns.userIds.length;
  onProgress?.({ done: 0, total });

  for (let start = 0; start < total; start += INSERT_CHUNK) {
    const end = Math.min(total, start + INSERT_CHUNK);
    await tx.$executeRaw`
      INSERT INTO model_neighbours (model_id, user_id, rank, neighbour_id, similarity)
      SELECT ${modelId}, u, r, n, s
        FROM unnest(${arrayLiteral(columns.userIds.slice(start, end))}::text[],
                    ${arrayLiteral(columns.ranks.slice(start, end))}::int[],
                    ${arrayLiteral(columns.neighbourIds.slice(start, end))}::text[],
                    ${arrayLiteral(columns.similarities.slice(start, end))}::float8[])
          AS t(u, r, n, s)`;
    onProgress?.({ done: end, total });
  }

  return total;
}

/** One patient's neighbourhood as the read aggregates it. */
interface NeighbourhoodRow {
  user_id: string;
  ids: string[];
  sims: number[];
}

/**
 * Reads a model's neighbourhoods back, one page of patients at a time (each patient's rows
 * aggregated in rank order by the database). Rows of erased patients are gone, so ranks may have
 * gaps; the order is what counts. The map is keyed in code-unit order of the patient ids, the
 * order training produces, so a loaded model iterates exactly like the trained one.
 */
export async function readNeighbourRows(
  tx: Prisma.TransactionClient,
  modelId: string,
): Promise<Map<string, StoredNeighbour[]>> {
  const entries: [string, StoredNeighbour[]][] = [];
  let after: string | null = null;

  for (;;) {
    const bound: Prisma.Sql = after === null ? Prisma.empty : Prisma.sql`AND user_id > ${after}`;
    const page: NeighbourhoodRow[] = await tx.$queryRaw<NeighbourhoodRow[]>`
      SELECT user_id,
             array_agg(neighbour_id ORDER BY rank) AS ids,
             array_agg(similarity ORDER BY rank) AS sims
        FROM model_neighbours
       WHERE model_id = ${modelId} ${bound}
       GROUP BY user_id
       ORDER BY user_id
       LIMIT ${READ_PAGE}`;
    for (const row of page) {
      entries.push([row.user_id, row.ids.map((id, i) => ({ id, similarity: row.sims[i]! }))]);
    }
    if (page.length < READ_PAGE) break;
    after = page[page.length - 1]!.user_id;
  }

  entries.sort((a, b) => compareCodeUnits(a[0], b[0]));
  return new Map(entries);
}
