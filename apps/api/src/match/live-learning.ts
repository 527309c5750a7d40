import type { InteractionMatrix, RatedInteraction, TrainedModel } from '@lunajoy/engine';

/**
 * The trained model and the interaction matrix the registered tiers rank with, loaded with a
 * snapshot. The model never changes once loaded; the matrix does: an interaction recorded
 * through this instance replaces that patient's row at once (the engine's matrices share their
 * big arrays and swap one row), so the patient's own next match and the predictions of the
 * patients they neighbour reflect it without waiting for a reload.
 *
 * Other instances learn of the interaction at their next reload; a patient's own match never
 * depends on that, because it rebuilds their row from PostgreSQL (see `matrixFor`).
 */
export class LiveLearning {
  private current: InteractionMatrix;

  constructor(
    readonly model: TrainedModel,
    matrix: InteractionMatrix,
  ) {
    this.current = matrix;
  }

  /** The matrix as it stands now, every recorded interaction included. */
  get matrix(): InteractionMatrix {
    return this.current;
  }

  /** Folds one interaction into its patient's row. */
  recordInteraction(interaction: RatedInteraction): void {
    this.current = this.current.upsertRating(
      interaction.userId,
      interaction.clinicianId,
      interaction.action,
    );
  }

  /** Empties an erased patient's row, so they inform no prediction from now on. */
  erasePatient(userId: string): void {
    this.current = this.current.withPatientRow(userId, []);
  }

  /**
   * The matrix for one request, with the patient's row rebuilt from their stored interactions:
   * exact whichever instance recorded them. The shared matrix is left as it is.
   */
  matrixFor(userId: string, interactions: Iterable<RatedInteraction>): InteractionMatrix {
    return this.current.withPatientRow(userId, interactions);
  }
}
