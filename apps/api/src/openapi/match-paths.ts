import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  MatchQueryParamsSchema,
  queryBoolean,
  toClinicianDetail,
  toClinicianSummary,
} from '@lunajoy/models';
import { z } from 'zod';

import type { ApiSnapshot } from '../snapshot/api-snapshot';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from './examples';
import { errors, jsonBody, ok, OPTIONAL_PATIENT_SECURITY } from './openapi-helpers';
import {
  ClinicianDetail,
  ClinicianList,
  ExplainResponse,
  MatchResponse,
  RegisteredMatchResponse,
  Vocabularies,
} from './component-schemas';

const MATCH_ERRORS = errors(400, 415, 429, 503);

/**
 * Registers the matching and browsing routes. The request schemas are the snapshot's own, so
 * the document lists the needs, insurers and languages the data has; the clinician and
 * vocabulary examples are taken from the snapshot too.
 */
export function registerMatchPaths(registry: OpenAPIRegistry, snapshot: ApiSnapshot): void {
  const { schemas } = snapshot;
  const firstClinician = snapshot.catalogue.list(
    { state: null, appointmentType: null, specialty: null, accepting: null, active: true },
    { limit: 1, offset: 0 },
  ).clinicians[0];

  registry.registerPath({
    method: 'post',
    path: '/api/v1/match',
    tags: ['matching'],
    summary: 'Anonymous tier: content-based matches for the preferences in the body',
    request: {
      query: MatchQueryParamsSchema,
      body: jsonBody(schemas.MatchPreferencesSchema, REQUEST_EXAMPLES.match, 'The preferences'),
    },
    responses: {
      200: ok(
        'Ranked clinicians; X-Cache says HIT or MISS',
        MatchResponse,
        RESPONSE_EXAMPLES.match,
      ),
      ...MATCH_ERRORS,
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/match/basic',
    tags: ['matching'],
    summary: 'Basic tier: clusters of similar patients inform the ranking',
    description:
      'Stored preferences and profile of `user_id` are merged under the values in the body. ' +
      "A request naming a `user_id` reads that patient's stored data, so it needs their " +
      'bearer token or the admin API key; without a `user_id` (a new patient) it needs no ' +
      'credentials, `preferences.state` and `preferences.appointment_type` are then required, ' +
      "and the request's profile places the patient in the nearest cluster. An unknown " +
      '`user_id` is matched the same way and the answer warns about it. Rejected clinicians ' +
      'are never shown; booked ones only with ' +
      '`include_booked=true`. Every list served is kept in the match history.',
    security: OPTIONAL_PATIENT_SECURITY,
    request: {
      query: MatchQueryParamsSchema,
      body: jsonBody(schemas.BasicMatchBodySchema, REQUEST_EXAMPLES.basic, 'Who and what for'),
    },
    responses: {
      200: ok('Ranked clinicians', RegisteredMatchResponse, RESPONSE_EXAMPLES.basic),
      ...MATCH_ERRORS,
      ...errors(401, 403),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/match/complete',
    tags: ['matching'],
    summary: 'Complete tier: collaborative filtering over the patient history, blended 0.6/0.4',
    description:
      'Needs the bearer token of `user_id` or the admin API key whenever a `user_id` is given ' +
      '(the stored data and, with `use_history` (default true), the history are read). A patient ' +
      'with fewer than 3 interactions, an unknown or missing `user_id`, or ' +
      '`use_history=false` is ' +
      'ranked with the basic tier: `matching_strategy` is then `cluster_fallback` and `fallback` ' +
      'says why. A rejection recorded a moment ago already applies.',
    security: OPTIONAL_PATIENT_SECURITY,
    request: {
      query: MatchQueryParamsSchema,
      body: jsonBody(
        schemas.CompleteMatchBodySchema,
        REQUEST_EXAMPLES.complete,
        'Who and what for',
      ),
    },
    responses: {
      200: ok('Ranked clinicians', RegisteredMatchResponse, RESPONSE_EXAMPLES.complete),
      ...MATCH_ERRORS,
      ...errors(401, 403),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/match/explain',
    tags: ['matching'],
    summary: 'The best match for query-string preferences, explained in sentences',
    description:
      'Lists (`clinical_needs`, `preferred_time_slots`) are comma-separated or repeated.',
    request: { query: schemas.PreferencesQueryParamsSchema },
    responses: {
      200: ok('The best match and why', ExplainResponse, RESPONSE_EXAMPLES.explain),
      ...errors(400, 429, 503),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/vocabularies',
    tags: ['reference'],
    summary: 'Every allowed value with its display label and synonyms',
    responses: {
      200: ok('The vocabularies', Vocabularies, snapshot.vocabularies),
      ...errors(429, 503),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/clinicians',
    tags: ['clinicians'],
    summary: 'Browse clinicians, filtered and paged',
    request: {
      query: schemas.ClinicianListQueryParamsSchema.extend({ active: queryBoolean(true) }),
    },
    responses: {
      200: ok('One page of clinicians', ClinicianList, {
        clinicians: firstClinician ? [toClinicianSummary(firstClinician)] : [],
        total: snapshot.catalogue.active,
        limit: 20,
        offset: 0,
      }),
      ...errors(400, 429, 503),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/clinicians/{id}',
    tags: ['clinicians'],
    summary: 'One clinician, active or not',
    request: { params: z.object({ id: z.string().describe('clinician id') }) },
    responses: {
      200: ok(
        'The clinician',
        ClinicianDetail,
        firstClinician ? toClinicianDetail(firstClinician) : undefined,
      ),
      ...errors(404, 429, 503),
    },
  });
}
