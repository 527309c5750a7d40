import { ClinicianRecordSchema } from '../files/clinician-record.schema';
import { UserRecordSchema } from '../files/user-record.schema';
import { toClinician } from '../mappers/to-clinician';
import { toPatient } from '../mappers/to-patient';
import { clinicianRecordInput, userRecordInput } from '../testing/fixtures';
import {
  ClinicianDetailSchema,
  ClinicianSummarySchema,
  toClinicianDetail,
  toClinicianSummary,
} from './clinician-response.schema';
import { UserResponseSchema, toUserResponse } from './user-response.schema';

const clinician = toClinician(ClinicianRecordSchema.parse(clinicianRecordInput()));

describe('toClinicianSummary', () => {
  it('shows a clinician in wire form', () => {
    const summary = toClinicianSummary(clinician);
    expect(ClinicianSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      clinician_id: 'clin_001',
      insurances_accepted: ['aetna', 'blue_cross_blue_shield', 'private_pay'],
      next_available_slot: '2024-06-03T15:00:00.000Z',
    });
  });
});

describe('toClinicianDetail', () => {
  it('adds what a patient may read, and no caseload counts', () => {
    const detail = toClinicianDetail(clinician);
    expect(ClinicianDetailSchema.parse(detail)).toEqual(detail);
    expect(detail).toMatchObject({
      created_at: '2022-03-14T09:00:00.000Z',
      avg_patient_rating: 4.7,
    });
    expect(detail).not.toHaveProperty('current_patient_count');
  });
});

describe('toUserResponse', () => {
  it('shows a patient without contact details', () => {
    const body = toUserResponse(toPatient(UserRecordSchema.parse(userRecordInput())));
    expect(UserResponseSchema.parse(body)).toEqual(body);
    expect(JSON.stringify(body)).not.toContain('pat@example.com');
    expect(body.preferences?.preferred_time_slots).toEqual(['evening', 'weekends']);
  });
});
