import { ErrorResponseSchema } from './error-response.schema';
import { MatchResponseSchema } from './match-response.schema';

const match = {
  clinician_id: 'clin_001',
  clinician_name: 'Dr. Maya Chen',
  match_score: 0.8125,
  rank_position: 1,
  is_available: true,
  accepts_insurance: true,
  specialties: ['anxiety', 'ptsd'],
  languages: ['english'],
  gender: 'female',
  years_experience: 12,
  overlapping_attributes: {
    specialties: ['anxiety'],
    languages: ['english'],
    time_slots: ['evening'],
    insurance: 'aetna',
    gender: 'female',
  },
  score_components: {
    availability: 0.8,
    insurance: 1,
    specialties: 1,
    preferences: 0.75,
    load_balance: 0.4,
  },
  boosts_applied: {},
  explanation: {
    primary_reasons: ['Accepts your Aetna insurance'],
    matching_attributes: ['anxiety'],
    score_breakdown: { insurance: { score: 1, weight: 0.25, contribution: 0.25 } },
    insights: [],
    confidence_level: 'high',
  },
};

const response = {
  user_type: 'anonymous',
  total_matches: 14,
  matches: [match],
  processing_time_ms: 3.2,
  filters_applied: { state: 'CA', appointment_type: 'therapy', age_group: null },
  weights_used: {
    availability: 0.25,
    insurance: 0.25,
    specialties: 0.25,
    load_balance: 0.15,
    preferences: 0.1,
  },
  matching_strategy: 'content',
  message: 'Found 14 clinicians',
  warnings: [],
  suggestions: [{ field: 'language', message: 'Any language', additional_matches: 3 }],
  crisis_resources: null,
};

describe('MatchResponseSchema', () => {
  it('accepts an anonymous-tier response', () => {
    expect(MatchResponseSchema.safeParse(response).error).toBeUndefined();
  });

  it('accepts registered-tier fields and a match without explanation', () => {
    const registered = {
      ...response,
      user_type: 'complete',
      matches: [{ ...match, explanation: null }],
      user_cluster_id: 3,
      cluster_label: 'young adults, anxiety, therapy',
      collaborative_predictions_used: 7,
    };
    expect(MatchResponseSchema.safeParse(registered).error).toBeUndefined();
  });

  it.each([
    ['a match score above 1', { match_score: 1.1 }, ['matches', 0, 'match_score']],
    ['a rank of 0', { rank_position: 0 }, ['matches', 0, 'rank_position']],
  ])('rejects %s', (_case, change, path) => {
    const result = MatchResponseSchema.safeParse({
      ...response,
      matches: [{ ...match, ...change }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
  });
});

describe('ErrorResponseSchema', () => {
  it('accepts a validation error body', () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid',
        request_id: 'req-1',
        issues: [{ path: 'preferences.clinical_needs.0', message: 'unknown value "x"' }],
      },
    };
    expect(ErrorResponseSchema.parse(body)).toEqual(body);
  });
});
