import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

import type { ApiSnapshot } from '../snapshot/api-snapshot';
import { registerMatchPaths } from './match-paths';
import { API_KEY, BEARER } from './openapi-helpers';
import { registerOperationsPaths } from './operations-paths';
import { registerPatientPaths } from './patient-paths';

/** The OpenAPI document as served. */
export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

const DESCRIPTION = [
  'Ranks licensed clinicians for a patient: anonymous (content score), basic (clusters of ',
  'similar patients) and complete (collaborative filtering) tiers. Fields are snake_case. ',
  'Every match route takes `limit` (1-50, default 10), `explain` (default true) and ',
  '`include_booked` (default false); a repeated scalar parameter is a 400.\n\n',
  "Routes that read or write a patient's stored data need a bearer token (a signed JWT whose ",
  '`sub` is the patient) or the admin API key (`X-Api-Key` or `Authorization: ApiKey …`). ',
  'Every error body is `{ error: { code, message, request_id, issues? } }`.',
].join('');

/**
 * Generates the OpenAPI 3.1 document from the zod schemas the routes validate with, so it
 * cannot describe a request the API would refuse. The request schemas belong to a snapshot
 * (their needs, insurers and languages come from the data), hence one document per snapshot.
 */
export function buildOpenApiDocument(snapshot: ApiSnapshot): OpenApiDocument {
  const registry = new OpenAPIRegistry();

  registry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A token from the identity provider whose subject is the patient',
  });
  registry.registerComponent('securitySchemes', API_KEY, {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description: 'An admin API key; `Authorization: ApiKey <key>` works too',
  });

  registerOperationsPaths(registry);
  registerMatchPaths(registry, snapshot);
  registerPatientPaths(registry, snapshot);

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'LunaJoy Match API',
      version: `1.0.0+data.${snapshot.version}`,
      description: DESCRIPTION,
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'matching', description: 'Ranked clinicians for a patient' },
      { name: 'patients', description: 'Registered patients and their data' },
      { name: 'interactions', description: 'What patients did with clinicians' },
      { name: 'clinicians', description: 'Browse the roster' },
      { name: 'reference', description: 'Vocabularies for building forms' },
      { name: 'operations', description: 'Health, metrics and administration' },
    ],
  });
}
