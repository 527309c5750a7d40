import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { InteractionBodySchema } from '@lunajoy/models';
import { z } from 'zod';

import { INTERACTION_ALIASES } from '../routes/interaction.routes';
import { MatchHistoryQuerySchema } from '../routes/user.routes';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from './examples';
import { errors, jsonBody, ok, PATIENT_SECURITY } from './openapi-helpers';
import { InteractionResponse, MatchHistory, User, UserDetail } from './component-schemas';

const userPath = z.object({ id: z.string().describe('the patient id (user_id)') });

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('1-255 visible ASCII characters; a retry with the same key and body lands once'),
});

const PATIENT_ERRORS = errors(401, 403, 404, 429, 503);

/** Registers the patient routes (register, read, erase, match history) and interactions. */
export function registerPatientPaths(registry: OpenAPIRegistry, snapshot: ApiSnapshot): void {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/users',
    tags: ['patients'],
    summary: 'Register a patient',
    description:
      'Open to everyone. Contact details are stored apart and never returned. Preferences are ' +
      'optional; when given they need `state` and `appointment_type`. The new patient can record ' +
      'interactions and be matched at once.',
    request: {
      body: jsonBody(
        snapshot.schemas.RegisterUserBodySchema,
        REQUEST_EXAMPLES.register,
        'The patient',
      ),
    },
    responses: {
      201: ok('Registered; Location names the patient', User, RESPONSE_EXAMPLES.user),
      ...errors(400, 409, 415, 429, 503),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/users/{id}',
    tags: ['patients'],
    summary: 'A patient: profile, preferences and history summary, without contact details',
    description: 'Every read is recorded in the access log.',
    security: PATIENT_SECURITY,
    request: { params: userPath },
    responses: {
      200: ok('The patient', UserDetail, {
        ...RESPONSE_EXAMPLES.user,
        history: RESPONSE_EXAMPLES.history,
      }),
      ...PATIENT_ERRORS,
    },
  });

  registry.registerPath({
    method: 'delete',
    path: '/api/v1/users/{id}',
    tags: ['patients'],
    summary: 'Erase a patient everywhere',
    description:
      'Contact details, interactions, match history and model neighbourhoods are deleted, cached ' +
      'answers removed, and the next model is trained without the patient. The id stays reserved.',
    security: PATIENT_SECURITY,
    request: { params: userPath },
    responses: { 204: { description: 'Erased' }, ...PATIENT_ERRORS },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/users/{id}/match-history',
    tags: ['patients'],
    summary: 'Every list served to the patient, newest first, with what they did next',
    description:
      'An interaction naming a list (`context.match_id`) belongs to it; any other belongs to the ' +
      'latest list served before it that showed the clinician.',
    security: PATIENT_SECURITY,
    request: { params: userPath, query: MatchHistoryQuerySchema },
    responses: {
      200: ok('One page of the history', MatchHistory, RESPONSE_EXAMPLES.matchHistory),
      ...errors(400),
      ...PATIENT_ERRORS,
    },
  });

  const interactionResponses = {
    201: ok('Recorded', InteractionResponse, RESPONSE_EXAMPLES.interaction),
    200: ok('Already recorded: a retry of the same report', InteractionResponse, {
      ...RESPONSE_EXAMPLES.interaction,
      replayed: true,
    }),
    ...errors(400, 401, 403, 404, 409, 415, 429, 503),
  };
  const interactionDescription =
    "Writing a patient's history needs their bearer token or the admin API key. Stored before " +
    'the answer; the patient is matched with it from their very next request. `interaction_id` ' +
    'or an `Idempotency-Key` header makes a retry land once.';

  registry.registerPath({
    method: 'post',
    path: '/api/v1/interactions',
    tags: ['interactions'],
    summary: 'Record viewed, clicked, contacted, booked, rejected or ignored',
    description: `${interactionDescription} Present-tense actions (\`book\`) are accepted.`,
    security: PATIENT_SECURITY,
    request: {
      headers: idempotencyHeaders,
      body: jsonBody(InteractionBodySchema, REQUEST_EXAMPLES.interaction, 'The interaction'),
    },
    responses: interactionResponses,
  });

  for (const [alias, action] of Object.entries(INTERACTION_ALIASES)) {
    registry.registerPath({
      method: 'post',
      path: `/api/v1/interactions/${alias}`,
      tags: ['interactions'],
      summary: `Record that the patient ${action} a clinician`,
      description: `${interactionDescription} \`action\` may be left out.`,
      security: PATIENT_SECURITY,
      request: {
        headers: idempotencyHeaders,
        body: jsonBody(
          InteractionBodySchema,
          REQUEST_EXAMPLES.interactionAlias,
          `The interaction; the action is ${action}`,
        ),
      },
      responses: interactionResponses,
    });
  }
}
