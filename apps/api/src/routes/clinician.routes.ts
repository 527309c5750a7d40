import {
  queryBoolean,
  toClinicianDetail,
  toClinicianSummary,
  type ClinicianListResponse,
} from '@lunajoy/models';
import { Router } from 'express';

import { AppError } from '../errors/app-error';
import { parseQuery } from '../http/query-string';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface ClinicianRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
}

// The shared list parameters plus `active` (default true: patients browse active clinicians;
// `active=false` lists the inactive ones). Built once per snapshot, whose vocabulary the
// `specialty` filter depends on.
function browseQueryOf(snapshot: ApiSnapshot) {
  const params = snapshot.schemas.ClinicianListQueryParamsSchema.extend({
    active: queryBoolean(true),
  });
  const schema = params.transform((q) => ({
    filter: {
      state: q.state ?? null,
      appointmentType: q.appointment_type ?? null,
      specialty: q.specialty ?? null,
      accepting: q.accepting,
      active: q.active,
    },
    page: { limit: q.limit, offset: q.offset },
  }));
  return { params, schema };
}

const browseQueries = new WeakMap<ApiSnapshot, ReturnType<typeof browseQueryOf>>();

function browseQuery(snapshot: ApiSnapshot) {
  let query = browseQueries.get(snapshot);
  if (query === undefined) {
    query = browseQueryOf(snapshot);
    browseQueries.set(snapshot, query);
  }
  return query;
}

/**
 * Browse and detail, served from the snapshot's catalogue: every clinician, including those
 * not accepting patients and inactive ones, and the same data the matches were ranked on.
 */
export function clinicianRoutes(deps: ClinicianRoutesDeps): Router {
  const router = Router();

  router.get('/clinicians', (req, res) => {
    const snapshot = deps.snapshotStore.get();
    const { params, schema } = browseQuery(snapshot);
    const { filter, page } = parseQuery(req.query, schema, params);

    const found = snapshot.catalogue.list(filter, page);
    const body: ClinicianListResponse = {
      clinicians: found.clinicians.map(toClinicianSummary),
      total: found.total,
      limit: page.limit,
      offset: page.offset,
    };
    res.json(body);
  });

  router.get('/clinicians/:id', (req, res) => {
    const snapshot = deps.snapshotStore.get();
    const clinician = snapshot.catalogue.find(req.params.id);
    if (clinician === undefined) {
      throw new AppError('not_found', 'No clinician has this id');
    }

    res.json(toClinicianDetail(clinician));
  });

  return router;
}
