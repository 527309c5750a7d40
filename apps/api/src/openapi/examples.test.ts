import fs from 'node:fs';
import path from 'node:path';

import {
  buildDataVocabulary,
  ClinicianRecordSchema,
  createRequestSchemas,
  ErrorResponseSchema,
  InteractionBodySchema,
  MatchResponseSchema,
  toClinician,
  UserResponseSchema,
} from '@lunajoy/models';

import { REPO_ROOT } from '../config';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from './examples';
import {
  ExplainResponseSchema,
  HealthResponseSchema,
  HistorySummarySchema,
  InteractionResponseSchema,
  MatchHistoryResponseSchema,
  ReadyResponseSchema,
  RegisteredMatchResponseSchema,
  ReloadResponseSchema,
} from './response-schemas';

// The examples name the seed data's needs and insurers, so they are checked against its vocabulary.
const records = ClinicianRecordSchema.array().parse(
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'clinicians.json'), 'utf8')),
);
const schemas = createRequestSchemas(buildDataVocabulary(records.map(toClinician)));

describe('the OpenAPI examples', () => {
  it.each([
    ['match', schemas.MatchPreferencesSchema, REQUEST_EXAMPLES.match],
    ['basic', schemas.BasicMatchBodySchema, REQUEST_EXAMPLES.basic],
    ['complete', schemas.CompleteMatchBodySchema, REQUEST_EXAMPLES.complete],
    ['register', schemas.RegisterUserBodySchema, REQUEST_EXAMPLES.register],
    ['interaction', InteractionBodySchema, REQUEST_EXAMPLES.interaction],
    [
      'interaction alias',
      InteractionBodySchema,
      { ...REQUEST_EXAMPLES.interactionAlias, action: 'book' },
    ],
  ])('accepts the %s request example', (_name, schema, example) => {
    expect(schema.safeParse(example).error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['health', HealthResponseSchema, RESPONSE_EXAMPLES.health],
    ['ready', ReadyResponseSchema, RESPONSE_EXAMPLES.ready],
    ['match', MatchResponseSchema, RESPONSE_EXAMPLES.match],
    ['basic', RegisteredMatchResponseSchema, RESPONSE_EXAMPLES.basic],
    ['complete', RegisteredMatchResponseSchema, RESPONSE_EXAMPLES.complete],
    ['explain', ExplainResponseSchema, RESPONSE_EXAMPLES.explain],
    ['user', UserResponseSchema, RESPONSE_EXAMPLES.user],
    ['history', HistorySummarySchema, RESPONSE_EXAMPLES.history],
    ['match history', MatchHistoryResponseSchema, RESPONSE_EXAMPLES.matchHistory],
    ['interaction', InteractionResponseSchema, RESPONSE_EXAMPLES.interaction],
    ['reload', ReloadResponseSchema, RESPONSE_EXAMPLES.reload],
    ['validation error', ErrorResponseSchema, RESPONSE_EXAMPLES.validationError],
  ])('matches the %s response schema', (_name, schema, example) => {
    expect(schema.safeParse(example).error?.issues ?? []).toEqual([]);
  });
});
