import type {
  AccessLogRepository,
  InteractionRepository,
  MatchLogRepository,
  UserRepository,
} from '@lunajoy/db';

/**
 * The stored patient data the patient routes, the registered tiers and interactions work with.
 * Each route takes only the calls it makes, so a reader can see what a route touches.
 */
export interface PatientStores {
  users: Pick<UserRepository, 'findPatient' | 'createPatient' | 'erasePatient'>;
  interactions: Pick<
    InteractionRepository,
    'recordInteraction' | 'listPatientInteractions' | 'findInteraction'
  >;
  matchLogs: Pick<
    MatchLogRepository,
    'recordMatchLog' | 'listPatientMatchLogs' | 'listPatientOutcomes'
  >;
  accessLogs: Pick<AccessLogRepository, 'recordAccess'>;
}
