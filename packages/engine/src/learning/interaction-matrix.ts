/**
 * The sparse patient × clinician rating matrix, one row per patient (compressed sparse rows in
 * typed arrays), with the transposed view (clinician → raters) built on first use for the
 * neighbourhood search.
 *
 * Rows rebuilt after the matrix was made (an interaction posted through the API) live in a small
 * overlay keyed by patient id: `withPatientRow` and `upsertRating` return a new matrix that shares
 * the big arrays and replaces one row, so the change is visible at once without a rebuild. The
 * transposed view always describes the built rows; readers of a row go through `rowOf`, which
 * sees the overlay.
 */
import type { Interaction, InteractionAction } from '@lunajoy/models';

import { ACTION_RATINGS, combineRatings, REJECTED_RATING } from './action-ratings';
import { buildRaterIndex, findColumn, type BuiltRows, type RaterIndex } from './rater-index';
import { compareIds } from '../snapshot/compare-ids';

export type { RaterIndex };

/** One patient's ratings: column indices ascending, with the rating of each. */
export interface MatrixRow {
  columns: Int32Array;
  ratings: Float64Array;
}

/** An interaction as the matrix needs it. */
export type RatedInteraction = Pick<Interaction, 'userId' | 'clinicianId' | 'action'>;

/** Sparse ratings of patients (rows) for clinicians (columns). */
export class InteractionMatrix {
  private constructor(
    private readonly built: BuiltRows,
    /** column ids: the built columns sorted, then columns added by later rows */
    readonly clinicianIds: readonly string[],
    private readonly columnIndex: ReadonlyMap<string, number>,
    private readonly overlay: ReadonlyMap<string, MatrixRow>,
  ) {}

  /** Builds the matrix; rows and columns are sorted by id, so ties by index are ties by id. */
  static fromInteractions(interactions: Iterable<RatedInteraction>): InteractionMatrix {
    const pairs = new Map<string, Map<string, number>>();
    const clinicians = new Set<string>();

    for (const { userId, clinicianId, action } of interactions) {
      let row = pairs.get(userId);
      if (!row) pairs.set(userId, (row = new Map()));
      row.set(clinicianId, combineRatings(row.get(clinicianId), ACTION_RATINGS[action]));
      clinicians.add(clinicianId);
    }

    const patientIds = [...pairs.keys()].sort(compareIds);
    const clinicianIds = [...clinicians].sort(compareIds);
    const columnIndex = new Map(clinicianIds.map((id, i) => [id, i]));
    const entryCount = [...pairs.values()].reduce((sum, row) => sum + row.size, 0);
    const rowStart = new Int32Array(patientIds.length + 1);
    const columns = new Int32Array(entryCount);
    const ratings = new Float64Array(entryCount);
    let at = 0;

    patientIds.forEach((userId, r) => {
      const row = [...(pairs.get(userId) ?? [])]
        .map(([id, rating]) => [columnIndex.get(id) ?? 0, rating] as const)
        .sort((a, b) => a[0] - b[0]);
      for (const [column, rating] of row) {
        columns[at] = column;
        ratings[at] = rating;
        at += 1;
      }
      rowStart[r + 1] = at;
    });

    const built: BuiltRows = {
      patientIds,
      rowIndex: new Map(patientIds.map((id, i) => [id, i])),
      rowStart,
      columns,
      ratings,
      builtColumnCount: clinicianIds.length,
      raters: {},
    };
    return new InteractionMatrix(built, clinicianIds, columnIndex, new Map());
  }

  /** Patients with a built row, sorted; row `i` of the rater index is `patientIds[i]`. */
  get patientIds(): readonly string[] {
    return this.built.patientIds;
  }

  /** Number of (patient, clinician) ratings in the built rows. */
  get entryCount(): number {
    return this.built.columns.length;
  }

  /** Index of a patient's built row, if any. */
  rowNumber(userId: string): number | undefined {
    return this.built.rowIndex.get(userId);
  }

  /** Column index of a clinician, if anyone rated them. */
  columnNumber(clinicianId: string): number | undefined {
    return this.columnIndex.get(clinicianId);
  }

  /** Number of rows replaced after the build. */
  get overriddenCount(): number {
    return this.overlay.size;
  }

  /** True when the patient's row was replaced after the build. */
  isOverridden(userId: string): boolean {
    return this.overlay.has(userId);
  }

  /** A built row by index, ignoring the overlay (for the neighbourhood search). */
  builtRow(row: number): MatrixRow {
    const { rowStart, columns, ratings } = this.built;
    const start = rowStart[row] ?? 0;
    const end = rowStart[row + 1] ?? start;
    return { columns: columns.subarray(start, end), ratings: ratings.subarray(start, end) };
  }

  /** A built row's rating for a column (binary search, no allocation); undefined when unrated. */
  builtRating(row: number, column: number): number | undefined {
    const { rowStart, columns, ratings } = this.built;
    const at = findColumn(columns, column, rowStart[row], rowStart[row + 1]);
    return at < 0 ? undefined : ratings[at];
  }

  /** A patient's current row (the overlay wins), or null when they have no ratings. */
  rowOf(userId: string): MatrixRow | null {
    const replaced = this.overlay.get(userId);
    if (replaced) return replaced.columns.length > 0 ? replaced : null;
    const row = this.built.rowIndex.get(userId);
    return row === undefined ? null : this.builtRow(row);
  }

  /** How many clinicians the patient has a rating for. */
  interactionCount(userId: string): number {
    return this.rowOf(userId)?.columns.length ?? 0;
  }

  /** The patient's rating of a clinician, or undefined when they never interacted. */
  ratingOf(userId: string, clinicianId: string): number | undefined {
    const column = this.columnIndex.get(clinicianId);
    const row = this.rowOf(userId);
    if (column === undefined || !row) return undefined;
    const at = findColumn(row.columns, column);
    return at < 0 ? undefined : row.ratings[at];
  }

  /** The patient's ratings by clinician id, in column order. */
  ratingsOf(userId: string): Map<string, number> {
    const row = this.rowOf(userId);
    const out = new Map<string, number>();
    row?.columns.forEach((c, i) => out.set(this.clinicianIds[c] ?? '', row.ratings[i] ?? 0));
    return out;
  }

  /** The clinicians the patient's current ratings say they rejected, and booked (and kept). */
  exclusionsOf(userId: string): { rejectedIds: Set<string>; bookedIds: Set<string> } {
    const rejectedIds = new Set<string>();
    const bookedIds = new Set<string>();
    for (const [clinicianId, rating] of this.ratingsOf(userId)) {
      if (rating === REJECTED_RATING) rejectedIds.add(clinicianId);
      else if (rating === ACTION_RATINGS.booked) bookedIds.add(clinicianId);
    }
    return { rejectedIds, bookedIds };
  }

  /** The clinician → raters view of the built rows, built once and shared by derived matrices. */
  raterIndex(): RaterIndex {
    this.built.raters.index ??= buildRaterIndex(this.built);
    return this.built.raters.index;
  }

  /** A matrix whose row for `userId` is rebuilt from that patient's full interaction list. */
  withPatientRow(userId: string, interactions: Iterable<RatedInteraction>): InteractionMatrix {
    const ratings = new Map<string, number>();
    for (const i of interactions) {
      if (i.userId !== userId) continue;
      ratings.set(
        i.clinicianId,
        combineRatings(ratings.get(i.clinicianId), ACTION_RATINGS[i.action]),
      );
    }
    return this.withRatings(userId, ratings);
  }

  /** A matrix with one more interaction folded into the patient's row. */
  upsertRating(userId: string, clinicianId: string, action: InteractionAction): InteractionMatrix {
    const ratings = this.ratingsOf(userId);
    ratings.set(clinicianId, combineRatings(ratings.get(clinicianId), ACTION_RATINGS[action]));
    return this.withRatings(userId, ratings);
  }

  private withRatings(userId: string, ratings: ReadonlyMap<string, number>): InteractionMatrix {
    let clinicianIds = this.clinicianIds;
    let columnIndex = this.columnIndex;
    const added = [...ratings.keys()].filter((id) => !columnIndex.has(id)).sort(compareIds);

    if (added.length > 0) {
      clinicianIds = [...clinicianIds, ...added];
      columnIndex = new Map([
        ...columnIndex,
        ...added.map((id, i) => [id, this.clinicianIds.length + i] as const),
      ]);
    }

    const entries = [...ratings]
      .map(([id, rating]) => [columnIndex.get(id) ?? 0, rating] as const)
      .sort((a, b) => a[0] - b[0]);
    const row: MatrixRow = {
      columns: Int32Array.from(entries, (e) => e[0]),
      ratings: Float64Array.from(entries, (e) => e[1]),
    };
    const overlay = new Map(this.overlay).set(userId, row);
    return new InteractionMatrix(this.built, clinicianIds, columnIndex, overlay);
  }
}
