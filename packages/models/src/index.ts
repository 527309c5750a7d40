export * from './vocabulary';
export * from './domain';
export * from './vocabulary-entry';

export * from './synonyms';
export * from './labels';
export * from './normalise';
export * from './vocabulary-lookup';
export * from './fixed-vocabularies';
export * from './iso-timestamp';
export * from './schema-fields';
export * from './data-vocabulary';
export * from './publish-vocabularies';
export * from './format-zod-issues';

export * from './files/clinician-record.schema';
export * from './files/user-record.schema';
export * from './files/interaction-record.schema';

export * from './mappers/to-clinician';
export * from './mappers/to-patient';
export * from './mappers/to-interaction';

export * from './requests/data-lookups';
export * from './requests/query-params';
export * from './requests/preferences.schema';
export * from './requests/profile.schema';
export * from './requests/merge-preferences';
export * from './requests/match-body.schema';
export * from './requests/match-query.schema';
export * from './requests/interaction-body.schema';
export * from './requests/register-user.schema';
export * from './requests/clinician-list-query.schema';
export * from './requests/create-request-schemas';

export * from './responses/match-response.schema';
export * from './responses/error-response.schema';
export * from './responses/clinician-response.schema';
export * from './responses/user-response.schema';
export * from './responses/vocabularies-response.schema';
