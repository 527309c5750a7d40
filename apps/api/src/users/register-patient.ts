import { randomBytes } from 'node:crypto';

import type { VersionedPatient } from '@lunajoy/db';
import {
  mergePreferences,
  type Clock,
  type PatientPreferences,
  type RegisterUserBody,
} from '@lunajoy/models';

import { AppError, validationError } from '../errors/app-error';
import type { PatientStores } from './patient-stores';

/** A new patient's id when the request brings none: unguessable, and never a seed id. */
export function newPatientId(): string {
  return `user_${randomBytes(10).toString('hex')}`;
}

/**
 * The preferences to store: none when the request gives none; otherwise they must be usable for
 * matching, so `state` and `appointment_type` are required with them (a patient who has not said
 * where they live registers without preferences and gives them with each match request).
 */
function preferencesToStore(body: RegisterUserBody): PatientPreferences | null {
  if (Object.keys(body.preferences).length === 0) return null;

  const merged = mergePreferences(null, body.preferences);
  if (!merged.ok) {
    throw validationError(
      merged.issues.map((issue) => ({
        path: issue.path,
        message: 'is required when preferences are given',
      })),
    );
  }
  return merged.preferences;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'P2002';
}

/**
 * Registers a patient: their preferences and profile for matching, and contact details stored
 * apart. They can record interactions and be matched as soon as this returns. An id already
 * taken (an erased patient's included, which stays reserved) is a 409.
 */
export async function registerPatient(
  stores: Pick<PatientStores, 'users'>,
  body: RegisterUserBody,
  clock: Clock,
): Promise<VersionedPatient> {
  const preferences = preferencesToStore(body);
  const contact = Object.values(body.contact).some((v) => v !== null) ? body.contact : null;

  try {
    return await stores.users.createPatient({
      patient: {
        id: body.userId ?? newPatientId(),
        registrationType: body.registrationType,
        preferences,
        profile: body.profile,
        createdAt: clock.now(),
      },
      contact,
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('conflict', 'A patient with this user_id already exists');
    }
    throw err;
  }
}
