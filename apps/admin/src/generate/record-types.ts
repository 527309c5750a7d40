/**
 * The file records the generator writes, in the platform's JSON layout (snake_case, display
 * names where the platform shows them). Property order here is the order in the files.
 */

/** A record of `clinicians.json`. */
export interface ClinicianRecord {
  clinician_id: string;
  basic_info: {
    full_name: string;
    license_states: string[];
    license_numbers: Record<string, string>;
    appointment_types: string[];
  };
  profile_features: {
    gender: string;
    languages: string[];
    years_experience: number;
    specialties: string[];
    certifications: string[];
    treatment_modalities: string[];
    age_groups_served: string[];
    special_populations: string[];
  };
  availability_features: {
    immediate_availability: boolean;
    accepting_new_patients: boolean;
    current_patient_count: number;
    max_patient_capacity: number | null;
    availability_score: number;
    next_available_slot: string;
    typical_availability: Record<string, boolean>;
  };
  performance_metrics: {
    avg_patient_rating: number;
    retention_rate: number;
    avg_session_count: number;
    total_patients_seen: number;
    success_by_specialty: Record<string, number>;
    success_by_demographics: Record<string, number>;
  } | null;
  admin_data: {
    insurances_accepted: string[];
    rates: Record<string, number>;
    created_at: string;
    last_updated: string;
    active_status: boolean;
  };
  embedding_features?: Record<string, number[]>;
}

/** A viewed clinician, as older tools (a bare id) or newer ones (an object) wrote it. */
export type ViewedEntry = string | { clinician_id: string; timestamp: string; duration: number };

/** A user's `interaction_history`, derived from their interactions. */
export interface InteractionHistoryRecord {
  clinicians_viewed: ViewedEntry[];
  clinicians_contacted: string[];
  clinicians_booked: string[];
  clinicians_rejected: string[];
  clinicians_retained: string[];
}

/** A record of `users.json`. */
export interface UserRecord {
  user_id: string;
  registration_type: string;
  created_at: string;
  stated_preferences: {
    state: string;
    insurance_provider: string;
    appointment_type: string;
    language: string;
    gender_preference: string;
    clinical_needs: string[];
    preferred_time_slots: string[];
    urgency_level: string;
  };
  profile_data: {
    age_range?: string;
    gender?: string;
    therapy_experience?: string;
    therapy_goals?: string[];
    email?: string;
    phone?: string;
    city?: string;
    zip_code?: string;
  };
  interaction_history: InteractionHistoryRecord;
}

/** A record of `interactions.json`. */
export interface InteractionRecord {
  interaction_id: string;
  user_id: string;
  clinician_id: string;
  session_id: string;
  match_context: {
    timestamp: string;
    match_score: number;
    ranking_position: number;
    user_type: string;
    matching_strategy: string;
    total_results: number;
    search_filters: {
      state: string;
      appointment_type: string;
      insurance_provider: string;
      urgency_level: string;
      clinical_needs: string[];
    };
  };
  outcome: {
    action: string;
    action_timestamp: string;
    time_to_action: number;
    appointment_scheduled: boolean;
    /** present on bookings only: whether the patient stayed on for follow-up sessions */
    retained?: boolean;
  };
}
