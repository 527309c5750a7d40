/**
 * The search behind the neighbourhoods: for one rating row, its most similar built rows.
 *
 * Candidates come from the clinician → raters index: only patients who rated one of the
 * patient's clinicians can have a non-zero similarity, so there is never a patients × patients
 * matrix. Dot products accumulate in one scratch array the size of the patient count, reset
 * after each patient through the list of touched entries.
 *
 * Popular clinicians would make this quadratic (a clinician with 20,000 raters brings 20,000
 * candidates to each of them), so each clinician contributes at most `maxRatersPerClinician`
 * raters per patient as candidates: a window of consecutive raters (rater lists are sorted by
 * id) starting at an offset derived from the patient and the clinician, so the choice is
 * deterministic and different patients see different parts of the list. The similarity of every
 * candidate found is still exact (the popular clinicians' ratings are looked up per candidate),
 * so sampling limits who is considered, never the scores.
 */
import type { InteractionMatrix, MatrixRow } from './interaction-matrix';
import type { Neighbour, NeighbourhoodParams } from './neighbourhoods';

/** Reusable buffers for one search, sized to the matrix's built rows. */
interface Scratch {
  dot: Float64Array;
  /** also the "seen" mark: every visit counts a shared clinician, so 0 means not yet seen */
  coRated: Int32Array;
  /** bit j set: the candidate was in the window of the patient's j-th popular clinician */
  inWindow: Int32Array;
  touched: Int32Array;
  /** candidates that passed, as built row numbers, with their similarities */
  passed: Int32Array;
  similarity: Float64Array;
}

// One set of buffers per built matrix (derived matrices share it): a search leaves them zeroed,
// and searches never overlap, so a request for one patient's neighbours allocates nothing.
const scratchOf = new WeakMap<object, Scratch>();

/** The search buffers of a matrix, created on first use. */
export function scratchFor(matrix: InteractionMatrix): Scratch {
  const key = matrix.raterIndex();
  let scratch = scratchOf.get(key);
  if (!scratch) scratchOf.set(key, (scratch = createScratch(matrix.patientIds.length)));
  return scratch;
}

const createScratch = (rows: number): Scratch => ({
  dot: new Float64Array(rows),
  coRated: new Int32Array(rows),
  inWindow: new Int32Array(rows),
  touched: new Int32Array(rows),
  passed: new Int32Array(rows),
  similarity: new Float64Array(rows),
});

const rowNorm = (row: MatrixRow): number => Math.sqrt(row.ratings.reduce((s, r) => s + r * r, 0));

/** Exact dot product and number of shared columns of two rows (both sorted by column). */
function mergeRows(a: MatrixRow, b: MatrixRow): { dot: number; coRated: number } {
  let i = 0;
  let j = 0;
  let dot = 0;
  let coRated = 0;
  while (i < a.columns.length && j < b.columns.length) {
    const ca = a.columns[i]!;
    const cb = b.columns[j]!;
    if (ca === cb) {
      dot += a.ratings[i]! * b.ratings[j]!;
      coRated += 1;
      i += 1;
      j += 1;
    } else if (ca < cb) i += 1;
    else j += 1;
  }
  return { dot, coRated };
}

/** A well-mixed 32-bit hash of two integers, for the deterministic rater windows. */
const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
};

/**
 * Step 1: every candidate, with its dot product and shared count so far. A popular clinician
 * only brings a window of its raters; returns the positions (in `row`) of those clinicians.
 */
function gatherCandidates(
  matrix: InteractionMatrix,
  row: MatrixRow,
  self: number,
  cap: number,
  scratch: Scratch,
): { touchedCount: number; sampled: number[] } {
  const { colStart, raterRows, raterRatings } = matrix.raterIndex();
  const builtColumns = colStart.length - 1;
  const { dot, coRated, inWindow, touched } = scratch;
  const sampled: number[] = [];
  let touchedCount = 0;

  for (let k = 0; k < row.columns.length; k += 1) {
    const c = row.columns[k]!;
    if (c >= builtColumns) continue;
    const rating = row.ratings[k]!;
    const start = colStart[c]!;
    const length = colStart[c + 1]! - start;
    const isSampled = length > cap;
    const take = isSampled ? cap : length;
    const offset = isSampled ? mix(self, c) % length : 0;
    const bit = isSampled && sampled.length < 31 ? 1 << sampled.length : 0;
    if (isSampled) sampled.push(k);

    for (let t = 0; t < take; t += 1) {
      let at = start + offset + t;
      if (at >= start + length) at -= length;
      const v = raterRows[at]!;
      if (v === self) continue;
      const shared = coRated[v]!;
      if (shared === 0) touched[touchedCount++] = v;
      coRated[v] = shared + 1;
      dot[v] = dot[v]! + rating * raterRatings[at]!;
      inWindow[v] = inWindow[v]! | bit;
    }
  }

  return { touchedCount, sampled };
}

/**
 * Step 2: exact similarities of the candidates that pass. Ratings of popular clinicians are
 * looked up for candidates outside their window; rows replaced after the build differ from what
 * the index describes, so those few are merged from their current rows. Resets the scratch.
 */
function scoreCandidates(
  matrix: InteractionMatrix,
  row: MatrixRow,
  norm: number,
  gathered: { touchedCount: number; sampled: number[] },
  params: NeighbourhoodParams,
  scratch: Scratch,
): number {
  const { rowNorms } = matrix.raterIndex();
  const { dot, coRated, inWindow, touched, passed, similarity } = scratch;
  const { touchedCount, sampled } = gathered;
  const ids = matrix.patientIds;
  const anyOverride = matrix.overriddenCount > 0;
  let passedCount = 0;

  for (let t = 0; t < touchedCount; t += 1) {
    const v = touched[t]!;
    let vDot = dot[v]!;
    let vCoRated = coRated[v]!;
    let vNorm = 0;
    const windows = inWindow[v]!;
    dot[v] = 0;
    coRated[v] = 0;
    inWindow[v] = 0;

    const current = anyOverride && matrix.isOverridden(ids[v]!) ? matrix.rowOf(ids[v]!) : null;
    if (current) {
      ({ dot: vDot, coRated: vCoRated } = mergeRows(row, current));
      vNorm = rowNorm(current);
    } else {
      // Only the popular clinicians outside the candidate's windows can still add to the count.
      if (vCoRated + sampled.length < params.minCoRated) continue;
      for (let j = 0; j < sampled.length; j += 1) {
        if (j < 31 && (windows & (1 << j)) !== 0) continue;
        const k = sampled[j]!;
        const rating = matrix.builtRating(v, row.columns[k]!);
        if (rating === undefined) continue;
        vCoRated += 1;
        vDot += row.ratings[k]! * rating;
      }
      vNorm = rowNorms[v]!;
    }

    if (vCoRated < params.minCoRated || vNorm === 0) continue;
    let sim = vDot / (norm * vNorm);
    if (params.shrinkage > 0) sim *= vCoRated / (vCoRated + params.shrinkage);
    if (sim <= params.minSimilarity) continue;
    passed[passedCount] = v;
    similarity[passedCount] = sim;
    passedCount += 1;
  }

  return passedCount;
}

/** Step 3: the best `count` of the passed candidates; built rows are in id order, so ties by row. */
function selectTop(
  matrix: InteractionMatrix,
  passedCount: number,
  count: number,
  scratch: Scratch,
): Neighbour[] {
  const { passed, similarity } = scratch;
  const order = Array.from({ length: passedCount }, (_, i) => i);
  order.sort((a, b) => similarity[b]! - similarity[a]! || passed[a]! - passed[b]!);
  return order.slice(0, Math.max(0, count)).map((i) => ({
    id: matrix.patientIds[passed[i]!]!,
    similarity: similarity[i]!,
  }));
}

/**
 * The neighbours of one row. `self` is the row's own built index (excluded), or −1 for a
 * patient without a built row.
 */
export function searchRow(
  matrix: InteractionMatrix,
  row: MatrixRow,
  self: number,
  params: NeighbourhoodParams,
  scratch: Scratch,
): Neighbour[] {
  const norm = rowNorm(row);
  if (norm === 0) return [];

  const gathered = gatherCandidates(
    matrix,
    row,
    self,
    Math.max(1, params.maxRatersPerClinician),
    scratch,
  );
  const passedCount = scoreCandidates(matrix, row, norm, gathered, params, scratch);
  return selectTop(matrix, passedCount, params.neighbourCount, scratch);
}
