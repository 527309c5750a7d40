/**
 * The built rows of the interaction matrix (compressed sparse rows) and their transposed view,
 * clinician → raters, which the neighbourhood search reads.
 */

/** The rows the matrix was built with; shared by every matrix derived from it. */
export interface BuiltRows {
  patientIds: readonly string[];
  rowIndex: ReadonlyMap<string, number>;
  rowStart: Int32Array;
  columns: Int32Array;
  ratings: Float64Array;
  builtColumnCount: number;
  raters: { index?: RaterIndex };
}

/** The clinician → raters view: for column c, rows `raterRows[colStart[c]..colStart[c+1])`. */
export interface RaterIndex {
  colStart: Int32Array;
  raterRows: Int32Array;
  raterRatings: Float64Array;
  /** Euclidean norm of each built row */
  rowNorms: Float64Array;
}

/** Position of `column` in the ascending slice `columns[start..end)`, or −1. */
export function findColumn(
  columns: Int32Array,
  column: number,
  start = 0,
  end = columns.length,
): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = columns[mid]!;
    if (value === column) return mid;
    if (value < column) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The clinician → raters view of built rows; rater lists come out sorted by row. */
export function buildRaterIndex(built: BuiltRows): RaterIndex {
  const { rowStart, columns, ratings, builtColumnCount } = built;
  const rows = rowStart.length - 1;
  const colStart = new Int32Array(builtColumnCount + 1);
  const raterRows = new Int32Array(columns.length);
  const raterRatings = new Float64Array(columns.length);
  const rowNorms = new Float64Array(rows);

  for (const c of columns) colStart[c + 1] = (colStart[c + 1] ?? 0) + 1;
  for (let c = 0; c < builtColumnCount; c += 1)
    colStart[c + 1] = (colStart[c + 1] ?? 0) + (colStart[c] ?? 0);

  // Rows are visited in order, so every rater list comes out sorted by row (that is, by id).
  const next = colStart.slice(0, builtColumnCount);
  for (let r = 0; r < rows; r += 1) {
    let norm = 0;
    for (let at = rowStart[r] ?? 0; at < (rowStart[r + 1] ?? 0); at += 1) {
      const c = columns[at] ?? 0;
      const rating = ratings[at] ?? 0;
      const slot = next[c] ?? 0;
      raterRows[slot] = r;
      raterRatings[slot] = rating;
      next[c] = slot + 1;
      norm += rating * rating;
    }
    rowNorms[r] = Math.sqrt(norm);
  }

  return { colStart, raterRows, raterRatings, rowNorms };
}
