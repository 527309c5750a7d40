import {
  ClinicianRepository,
  InteractionRepository,
  UserRepository,
  type PrismaClient,
} from '@lunajoy/db';
import {
  buildDataVocabulary,
  type Clinician,
  type DataVocabulary,
  type Interaction,
  type Patient,
} from '@lunajoy/models';

/** What training and evaluation learn from: the same data the API serves. */
export interface LearningData {
  /** active clinicians only: only they can be recommended, so only they can be favourites */
  clinicians: Clinician[];
  patients: Patient[];
  interactions: Interaction[];
  /** built from the active clinicians, as the API builds its own */
  vocabulary: DataVocabulary;
}

/** Reads the learning data from PostgreSQL through the repositories. */
export async function readLearningData(prisma: PrismaClient): Promise<LearningData> {
  const clinicians = await new ClinicianRepository(prisma).listActiveClinicians();
  const patients = await new UserRepository(prisma).listPatients();
  const interactions = await new InteractionRepository(prisma).listInteractions();
  return { clinicians, patients, interactions, vocabulary: buildDataVocabulary(clinicians) };
}

/**
 * The time of the latest interaction, or null without any: the data's own "now". Training and
 * evaluating at this instant rather than the wall clock makes the same data give the same model
 * (version fingerprint included) and the same scores on any day.
 */
export function latestInteractionTime(interactions: readonly Interaction[]): number | null {
  let latest: number | null = null;
  for (const interaction of interactions) {
    if (latest === null || interaction.timestamp > latest) latest = interaction.timestamp;
  }
  return latest;
}
