import type { ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ZodType } from 'zod';

import { ErrorResponse } from './component-schemas';
import { errorExample, RESPONSE_EXAMPLES } from './examples';

/** The security scheme names the document defines. */
export const BEARER = 'bearerAuth';
export const API_KEY = 'apiKeyAuth';

/** A patient's own data: their bearer token, or the admin key. */
export const PATIENT_SECURITY: RouteConfig['security'] = [{ [BEARER]: [] }, { [API_KEY]: [] }];
/** Open, but a patient's token or the admin key is needed once the request names a patient. */
export const OPTIONAL_PATIENT_SECURITY: RouteConfig['security'] = [
  {},
  { [BEARER]: [] },
  { [API_KEY]: [] },
];
/** Operators only. */
export const ADMIN_SECURITY: RouteConfig['security'] = [{ [API_KEY]: [] }];

/** A JSON body or response with its example. */
export function json(schema: ZodType, example: unknown) {
  return { 'application/json': { schema, example } };
}

/** A JSON request body. */
export function jsonBody(schema: ZodType, example: unknown, description: string) {
  return { description, required: true, content: json(schema, example) };
}

/** A JSON response. */
export function ok(description: string, schema: ZodType, example: unknown): ResponseConfig {
  return { description, content: json(schema, example) };
}

const ERROR_EXAMPLES: Record<number, { description: string; example: unknown }> = {
  400: {
    description: 'The request is not valid: every problem is listed with its path',
    example: RESPONSE_EXAMPLES.validationError,
  },
  401: {
    description: 'No credentials, or credentials that were refused',
    example: errorExample('unauthorized', 'This route needs a bearer token or an admin API key'),
  },
  403: {
    description: "The credentials do not give access to this patient's data",
    example: errorExample('forbidden', "This token does not give access to that patient's data"),
  },
  404: { description: 'Not found', example: errorExample('not_found', 'No patient has this id') },
  409: {
    description: 'Conflicts with what is stored',
    example: errorExample('conflict', 'This interaction id was already used for another report'),
  },
  415: {
    description: 'The body is not JSON',
    example: errorExample('unsupported_media_type', 'The request body must be application/json'),
  },
  429: {
    description: 'Too many requests from this client; see Retry-After',
    example: errorExample('rate_limited', 'Too many requests, try again later'),
  },
  503: {
    description: 'Not ready yet, or the database is unavailable; see Retry-After',
    example: errorExample('not_ready', 'The service is starting and cannot answer yet'),
  },
};

/** The error responses of a route, each with the common error body and an example. */
export function errors(...statuses: number[]): Record<string, ResponseConfig> {
  const out: Record<string, ResponseConfig> = {};
  for (const status of statuses) {
    const known = ERROR_EXAMPLES[status]!;
    out[String(status)] = ok(known.description, ErrorResponse, known.example);
  }
  return out;
}
