/**
 * Example requests and responses for the OpenAPI document, in the seed data's ids. Tests parse
 * every one with the schema it illustrates, so an example that stops being valid fails the build.
 */

const PREFERENCES = {
  state: 'PA',
  appointment_type: 'therapy',
  insurance_provider: 'Aetna',
  language: 'English',
  gender_preference: 'female',
  clinical_needs: ['anxiety', 'depression'],
  preferred_time_slots: ['evening'],
  urgency_level: 'flexible',
};

const PROFILE = {
  age_range: '25-34',
  gender: 'female',
  therapy_experience: 'returning',
  therapy_goals: ['reduce_anxiety'],
};

const MATCH_ITEM = {
  clinician_id: 'clin_0042',
  clinician_name: 'Camila Brown, LMFT',
  match_score: 0.8712,
  rank_position: 1,
  is_available: true,
  accepts_insurance: true,
  specialties: ['anxiety', 'depression', 'trauma'],
  languages: ['english', 'spanish'],
  gender: 'female',
  years_experience: 12,
  overlapping_attributes: {
    specialties: ['anxiety', 'depression'],
    languages: ['english'],
    time_slots: ['evening'],
    insurance: 'aetna',
    gender: 'female',
  },
  score_components: {
    availability: 0.82,
    insurance: 1,
    specialties: 1,
    preferences: 1,
    load_balance: 0.64,
  },
  boosts_applied: {},
  explanation: {
    primary_reasons: ['Accepts your Aetna insurance', 'Treats anxiety and depression'],
    matching_attributes: ['Aetna', 'anxiety', 'depression', 'English', 'evenings'],
    score_breakdown: {
      availability: { score: 0.82, weight: 0.25, contribution: 0.205 },
      insurance: { score: 1, weight: 0.25, contribution: 0.25 },
      specialties: { score: 1, weight: 0.25, contribution: 0.25 },
      preferences: { score: 1, weight: 0.1, contribution: 0.1 },
      load_balance: { score: 0.64, weight: 0.15, contribution: 0.096 },
    },
    insights: ['12 years of experience'],
    confidence_level: 'high',
  },
};

const ANONYMOUS_MATCH = {
  user_type: 'anonymous',
  total_matches: 14,
  matches: [MATCH_ITEM],
  processing_time_ms: 3.42,
  filters_applied: { state: 'PA', appointment_type: 'therapy', age_range: null },
  weights_used: {
    availability: 0.25,
    insurance: 0.25,
    specialties: 0.25,
    preferences: 0.1,
    load_balance: 0.15,
  },
  matching_strategy: 'content',
  message: 'Found 14 clinicians who can see you; showing the best 1.',
  warnings: [],
  suggestions: [],
  crisis_resources: null,
};

const REGISTERED_FIELDS = {
  user_cluster_id: 3,
  cluster_label: 'young adults seeking therapy for anxiety',
  match_id: '6f1c2a4e-3b7d-4f0e-9a51-2c8d7e9b1a30',
};

const WEIGHTS_REGISTERED = {
  availability: 0.2174,
  insurance: 0.2174,
  specialties: 0.2174,
  preferences: 0.087,
  load_balance: 0.1304,
  demographic: 0.1304,
};

/** Request bodies and query strings, by route. */
export const REQUEST_EXAMPLES = {
  match: PREFERENCES,
  basic: { user_id: 'user_0001', preferences: { clinical_needs: ['anxiety'] }, profile: PROFILE },
  complete: {
    user_id: 'user_0001',
    preferences: { urgency_level: 'immediate' },
    use_history: true,
  },
  register: {
    registration_type: 'basic',
    preferences: PREFERENCES,
    profile: PROFILE,
    email: 'jordan@example.com',
  },
  interaction: {
    user_id: 'user_0001',
    clinician_id: 'clin_0042',
    action: 'contacted',
    session_id: 'sess_9ab9b6e79059eca5',
    context: { match_id: REGISTERED_FIELDS.match_id, match_score: 0.8712, ranking_position: 1 },
  },
  interactionAlias: { user_id: 'user_0001', clinician_id: 'clin_0042' },
} as const;

/** Response bodies, by route. */
export const RESPONSE_EXAMPLES = {
  health: { status: 'ok' },
  ready: {
    status: 'ready',
    database: 'ok',
    cache: 'ok',
    snapshot_version: '3',
    snapshot_loaded_at: '2026-11-01T09:30:00.000Z',
    model_version: '2',
    clinicians: 296,
  },
  match: ANONYMOUS_MATCH,
  basic: {
    ...ANONYMOUS_MATCH,
    user_type: 'basic',
    matches: [
      { ...MATCH_ITEM, score_components: { ...MATCH_ITEM.score_components, demographic: 0.7 } },
    ],
    weights_used: WEIGHTS_REGISTERED,
    matching_strategy: 'cluster',
    ...REGISTERED_FIELDS,
    collaborative_predictions_used: 0,
  },
  complete: {
    ...ANONYMOUS_MATCH,
    user_type: 'complete',
    weights_used: { ...WEIGHTS_REGISTERED, collaborative: 0.4 },
    matching_strategy: 'collaborative',
    ...REGISTERED_FIELDS,
    collaborative_predictions_used: 1,
    fallback: null,
  },
  explain: {
    best_match: MATCH_ITEM,
    sentences: [
      'Camila Brown, LMFT is the best of 14 clinicians who can see you, with a match score of 0.87 out of 1.',
      'Accepts your Aetna insurance.',
      'Insurance scored 1.00 out of 1 and carries 25% of the weight, adding 0.25 to the score.',
      'Our confidence in this match is high.',
    ],
    total_matches: 14,
    matching_strategy: 'content',
    message: 'Found 14 clinicians who can see you; showing the best 1.',
    warnings: [],
    crisis_resources: null,
    processing_time_ms: 2.1,
  },
  user: {
    user_id: 'user_0001',
    registration_type: 'basic',
    preferences: {
      ...PREFERENCES,
      insurance_provider: 'aetna',
      language: 'english',
      age_range: null,
    },
    profile: PROFILE,
    created_at: '2026-11-01T09:30:00.000Z',
  },
  history: {
    total_interactions: 4,
    by_action: { viewed: 2, clicked: 1, contacted: 1, booked: 0, ignored: 0, rejected: 0 },
    clinicians_viewed: ['clin_0042', 'clin_0077'],
    clinicians_contacted: ['clin_0042'],
    clinicians_booked: [],
    clinicians_rejected: [],
    first_interaction_at: '2026-10-30T18:02:11.000Z',
    last_interaction_at: '2026-10-31T08:45:00.000Z',
  },
  matchHistory: {
    user_id: 'user_0001',
    total: 1,
    limit: 10,
    offset: 0,
    matches: [
      {
        match_id: REGISTERED_FIELDS.match_id,
        served_at: '2026-11-01T09:30:00.000Z',
        tier: 'complete',
        strategy: 'collaborative',
        data_version: '3',
        model_version: '2',
        request: { limit: 10, explain: true, include_booked: false, use_history: true },
        results: [
          {
            clinician_id: 'clin_0042',
            rank: 1,
            score: 0.8712,
            actions: [
              { action: 'contacted', at: '2026-11-01T09:41:00.000Z', interaction_id: 'int_7c1e' },
            ],
          },
        ],
      },
    ],
  },
  interaction: {
    interaction_id: 'int_4d6f7a52-94f1-4c55-b6a3-0e3b0b1d2c7e',
    user_id: 'user_0001',
    clinician_id: 'clin_0042',
    action: 'contacted',
    session_id: 'sess_9ab9b6e79059eca5',
    timestamp: '2026-11-01T09:41:00.000Z',
    replayed: false,
  },
  reload: {
    status: 'reloaded',
    snapshot_version: '4',
    model_version: '2',
    previous_snapshot_version: '3',
    previous_model_version: '2',
    clinicians: 296,
    duration_ms: 840,
  },
  validationError: {
    error: {
      code: 'validation_failed',
      message: 'The request has 1 problem',
      request_id: '0b6f2c1e-5d7a-4e8f-9c3b-1a2d4e6f8a0b',
      issues: [{ path: 'state', message: 'is required' }],
    },
  },
} as const;

/** An error body example for a status. */
export function errorExample(code: string, message: string) {
  return { error: { code, message, request_id: '0b6f2c1e-5d7a-4e8f-9c3b-1a2d4e6f8a0b' } };
}
