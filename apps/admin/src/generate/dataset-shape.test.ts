import { rankHeldOutBookings } from './testing/holdout-ranking';
import { COMMITTED_DATA_DIR, readDataset, type Dataset } from './testing/read-dataset';

const REFERENCE = Date.parse('2026-11-01T00:00:00.000Z');
const DAY = 86_400_000;

const share = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;

describe('the committed seed data set', () => {
  let data: Dataset;

  beforeAll(() => {
    data = readDataset(COMMITTED_DATA_DIR);
  });

  describe('counts', () => {
    it('has 300 clinicians over 20 states and 2,500 users of each registration type', () => {
      const states = new Set(data.clinicians.flatMap((c) => c.basic_info.license_states));
      const types = data.users.map((u) => u.registration_type);

      expect(data.clinicians).toHaveLength(300);
      expect(states.size).toBe(20);
      expect(types.filter((t) => t === 'anonymous')).toHaveLength(500);
      expect(types.filter((t) => t === 'basic')).toHaveLength(800);
      expect(types.filter((t) => t === 'complete')).toHaveLength(1200);
    });

    it('has about 70,000 interactions with unique ids, matching the manifest', () => {
      const ids = new Set(data.interactions.map((i) => i.interaction_id));

      expect(data.interactions.length).toBeGreaterThanOrEqual(66_500);
      expect(data.interactions.length).toBeLessThanOrEqual(73_500);
      expect(ids.size).toBe(data.interactions.length);
      expect(data.manifest.counts.interactions).toBe(data.interactions.length);
    });
  });

  describe('clinicians', () => {
    it('hold one to ten licences, about five on average, each with a licence number', () => {
      for (const c of data.clinicians) {
        const { license_states: states, license_numbers: numbers } = c.basic_info;
        expect(states.length).toBeGreaterThanOrEqual(1);
        expect(states.length).toBeLessThanOrEqual(10);
        expect(Object.keys(numbers).sort()).toEqual([...states].sort());
      }
      const mean =
        data.clinicians.reduce((sum, c) => sum + c.basic_info.license_states.length, 0) /
        data.clinicians.length;
      expect(mean).toBeGreaterThan(4);
      expect(mean).toBeLessThan(6);
    });

    it('offer therapy, medication or both, with two to eight specialties', () => {
      const kinds = new Set(data.clinicians.map((c) => c.basic_info.appointment_types.join('+')));

      expect(kinds).toEqual(new Set(['therapy', 'medication', 'therapy+medication']));
      for (const c of data.clinicians) {
        expect(c.profile_features.specialties.length).toBeGreaterThanOrEqual(2);
        expect(c.profile_features.specialties.length).toBeLessThanOrEqual(8);
      }
    });

    it('mostly speak English, and some serve teens', () => {
      expect(
        share(data.clinicians, (c) => c.profile_features.languages.includes('English')),
      ).toBeGreaterThan(0.9);
      expect(
        share(data.clinicians, (c) => c.profile_features.age_groups_served.includes('teens')),
      ).toBeGreaterThan(0.1);
    });

    it('have caseloads with room, near-full and full ones, and a few with no capacity', () => {
      const load = (c: Dataset['clinicians'][number]) => {
        const { current_patient_count: n, max_patient_capacity: max } = c.availability_features;
        return max ? n / max : null;
      };

      expect(
        share(data.clinicians, (c) => c.availability_features.accepting_new_patients),
      ).toBeGreaterThan(0.75);
      expect(share(data.clinicians, (c) => (load(c) ?? 0) > 0.85)).toBeGreaterThan(0.1);
      expect(data.clinicians.some((c) => load(c) === 1)).toBe(true);
      expect(data.clinicians.some((c) => !c.availability_features.max_patient_capacity)).toBe(true);
      for (const c of data.clinicians) {
        const max = c.availability_features.max_patient_capacity;
        if (max) expect(max >= 15 && max <= 40).toBe(true);
      }
    });

    it('have next slots within a day, later, and a few in the past', () => {
      const hoursAway = data.clinicians.map(
        (c) => (Date.parse(c.availability_features.next_available_slot) - REFERENCE) / 3_600_000,
      );

      expect(hoursAway.some((h) => h > 0 && h <= 24)).toBe(true);
      expect(hoursAway.some((h) => h > 72)).toBe(true);
      expect(hoursAway.some((h) => h < 0)).toBe(true);
    });

    it('lack performance metrics about 10% of the time, and mostly take Private Pay', () => {
      const missing = share(data.clinicians, (c) => c.performance_metrics === null);

      expect(missing).toBeGreaterThan(0.05);
      expect(missing).toBeLessThan(0.15);
      expect(
        share(data.clinicians, (c) => c.admin_data.insurances_accepted.includes('Private Pay')),
      ).toBeGreaterThan(0.8);
    });

    it('joined over three years, about 4% in the last 30 days, and are mostly active', () => {
      const ages = data.clinicians.map((c) => REFERENCE - Date.parse(c.admin_data.created_at));
      const recent = share(ages, (age) => age <= 30 * DAY);

      expect(Math.max(...ages)).toBeLessThanOrEqual(3 * 365 * DAY);
      expect(Math.min(...ages)).toBeGreaterThan(0);
      expect(recent).toBeGreaterThan(0.01);
      expect(recent).toBeLessThan(0.08);
      expect(share(data.clinicians, (c) => c.admin_data.active_status)).toBeGreaterThan(0.9);
    });
  });

  describe('users', () => {
    it('live in states that clinicians are licensed in', () => {
      const states = new Set(data.clinicians.flatMap((c) => c.basic_info.license_states));

      for (const u of data.users) expect(states.has(u.stated_preferences.state)).toBe(true);
    });

    it('state one to three needs, and sometimes leave preferences blank', () => {
      const prefs = data.users.map((u) => u.stated_preferences);

      for (const p of prefs) {
        expect(p.clinical_needs.length).toBeGreaterThanOrEqual(1);
        expect(p.clinical_needs.length).toBeLessThanOrEqual(3);
      }
      expect(prefs.some((p) => p.insurance_provider === '')).toBe(true);
      expect(prefs.some((p) => p.insurance_provider === 'Private Pay')).toBe(true);
      expect(prefs.some((p) => p.language === '')).toBe(true);
      expect(prefs.some((p) => p.gender_preference === '')).toBe(true);
    });

    it('spell time slots both singular and plural, as real data does', () => {
      const slots = new Set(data.users.flatMap((u) => u.stated_preferences.preferred_time_slots));

      expect(slots.has('evening') && slots.has('evenings')).toBe(true);
      expect(slots.has('weekend') && slots.has('weekends')).toBe(true);
    });

    it('give more of a profile the more completely they registered', () => {
      const byType = (type: string) => data.users.filter((u) => u.registration_type === type);

      for (const u of byType('anonymous')) expect(u.profile_data.email).toBeUndefined();
      for (const u of byType('complete')) {
        expect(u.profile_data.email).toMatch(/@example\.com$/);
        expect(u.profile_data.zip_code).toMatch(/^\d{5}$/);
      }
      const ages = new Set(data.users.map((u) => u.profile_data.age_range));
      const experience = new Set(data.users.map((u) => u.profile_data.therapy_experience));
      expect(ages.has('13-17')).toBe(true);
      expect(experience.has('some_experience')).toBe(true);
    });
  });

  describe('interactions', () => {
    it('refer to known users and clinicians, after the user joined and within the year before the reference time', () => {
      const joined = new Map(data.users.map((u) => [u.user_id, Date.parse(u.created_at)]));
      const clinicians = new Set(data.clinicians.map((c) => c.clinician_id));
      const bad = data.interactions.filter((i) => {
        const shown = Date.parse(i.match_context.timestamp);
        const acted = Date.parse(i.outcome.action_timestamp);
        return (
          !joined.has(i.user_id) ||
          shown < (joined.get(i.user_id) as number) ||
          !clinicians.has(i.clinician_id) ||
          shown < REFERENCE - 365 * DAY ||
          acted >= REFERENCE ||
          acted < shown ||
          i.outcome.appointment_scheduled !== (i.outcome.action === 'booked')
        );
      });

      expect(bad.map((i) => i.interaction_id)).toEqual([]);
    });

    it('run forward in time for each user, with no overlapping sessions', () => {
      const last = new Map<string, string>();
      const bad: string[] = [];
      for (const i of data.interactions) {
        if (i.outcome.action_timestamp < (last.get(i.user_id) ?? '')) bad.push(i.interaction_id);
        last.set(i.user_id, i.outcome.action_timestamp);
      }

      expect(bad).toEqual([]);
    });

    it('come mostly from complete users; anonymous visitors have few or none', () => {
      const typeOf = new Map(data.users.map((u) => [u.user_id, u.registration_type]));
      const anonymous = share(data.interactions, (i) => typeOf.get(i.user_id) === 'anonymous');
      const complete = share(data.interactions, (i) => typeOf.get(i.user_id) === 'complete');

      expect(anonymous).toBeLessThan(0.03);
      expect(complete).toBeGreaterThan(0.85);
    });

    it('include at least 600 complete users who booked two or more clinicians at different times', () => {
      const bookings = new Map<string, Set<string>>();
      const completeUsers = new Set(
        data.users.filter((u) => u.registration_type === 'complete').map((u) => u.user_id),
      );
      for (const i of data.interactions) {
        if (i.outcome.action !== 'booked' || !completeUsers.has(i.user_id)) continue;
        const times = bookings.get(i.user_id) ?? new Set<string>();
        times.add(i.outcome.action_timestamp);
        bookings.set(i.user_id, times);
      }

      expect(
        [...bookings.values()].filter((times) => times.size >= 2).length,
      ).toBeGreaterThanOrEqual(600);
    });

    it('carry a hidden-taste signal: similar users predict a held-out booking better than popularity', () => {
      const result = rankHeldOutBookings(data);

      expect(result.users).toBeGreaterThanOrEqual(600);
      expect(result.neighbourMrr).toBeGreaterThan(result.popularityMrr * 1.3);
    });
  });
});
