/**
 * The response schemas the document lists under `components/schemas`, each named once with
 * zod's `.meta({ id })`, which the generator turns into a `$ref`. They are named here, apart from
 * the schemas the routes parse with, so a name exists once per process.
 */
import {
  ClinicianDetailSchema,
  ClinicianListResponseSchema,
  ErrorResponseSchema,
  MatchResponseSchema,
  UserResponseSchema,
  VocabulariesResponseSchema,
} from '@lunajoy/models';

import {
  ExplainResponseSchema,
  InteractionResponseSchema,
  MatchHistoryResponseSchema,
  RegisteredMatchResponseSchema,
  UserDetailResponseSchema,
} from './response-schemas';

export const MatchResponse = MatchResponseSchema.meta({ id: 'MatchResponse' });
export const RegisteredMatchResponse = RegisteredMatchResponseSchema.meta({
  id: 'RegisteredMatchResponse',
});
export const ExplainResponse = ExplainResponseSchema.meta({ id: 'ExplainResponse' });
export const ErrorResponse = ErrorResponseSchema.meta({ id: 'ErrorResponse' });
export const User = UserResponseSchema.meta({ id: 'User' });
export const UserDetail = UserDetailResponseSchema.meta({ id: 'UserDetail' });
export const MatchHistory = MatchHistoryResponseSchema.meta({ id: 'MatchHistory' });
export const InteractionResponse = InteractionResponseSchema.meta({ id: 'InteractionResponse' });
export const ClinicianList = ClinicianListResponseSchema.meta({ id: 'ClinicianList' });
export const ClinicianDetail = ClinicianDetailSchema.meta({ id: 'ClinicianDetail' });
export const Vocabularies = VocabulariesResponseSchema.meta({ id: 'Vocabularies' });
