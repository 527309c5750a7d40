import type { AppointmentType, Clinician, StateCode } from '@lunajoy/models';

/** Browse filters; null matches every clinician. */
export interface CatalogueFilter {
  state: StateCode | null;
  appointmentType: AppointmentType | null;
  /** canonical need key */
  specialty: string | null;
  /** the clinician's `accepting_new_patients` flag, as the list shows it */
  accepting: boolean | null;
  /** true: active clinicians only; false: inactive ones only */
  active: boolean | null;
}

export interface CataloguePage {
  total: number;
  clinicians: Clinician[];
}

/**
 * Every clinician of a snapshot, active or not, for browsing. Matching only ever sees the ones
 * that pass its hard filters; browsing must also reach a clinician who is full, not accepting or
 * inactive (a patient following an old link, or looking for someone to wait for), so the
 * catalogue keeps them all, in ascending id order so pages are stable.
 */
export class ClinicianCatalogue {
  private readonly ordered: readonly Clinician[];
  private readonly byId: ReadonlyMap<string, Clinician>;
  private readonly activeCount: number;

  constructor(clinicians: readonly Clinician[]) {
    this.ordered = [...clinicians].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.byId = new Map(this.ordered.map((c) => [c.id, c]));
    this.activeCount = this.ordered.filter((c) => c.activeStatus).length;
  }

  /** How many clinicians the snapshot holds, active or not. */
  get size(): number {
    return this.ordered.length;
  }

  /** How many of them are active. */
  get active(): number {
    return this.activeCount;
  }

  /** One clinician by id, active or not. */
  find(id: string): Clinician | undefined {
    return this.byId.get(id);
  }

  /**
   * One page of the clinicians matching every given filter. A linear scan: browsing is rare
   * next to matching, and even 30,000 clinicians scan in about a millisecond.
   */
  list(filter: CatalogueFilter, page: { limit: number; offset: number }): CataloguePage {
    const matching = this.ordered.filter((c) => matchesFilter(c, filter));

    return {
      total: matching.length,
      clinicians: matching.slice(page.offset, page.offset + page.limit),
    };
  }
}

function matchesFilter(c: Clinician, f: CatalogueFilter): boolean {
  if (f.active !== null && c.activeStatus !== f.active) return false;
  if (f.state !== null && !c.licenseStates.includes(f.state)) return false;
  if (f.appointmentType !== null && !c.appointmentTypes.includes(f.appointmentType)) return false;
  if (f.specialty !== null && !c.specialties.includes(f.specialty)) return false;
  if (f.accepting !== null && c.acceptingNewPatients !== f.accepting) return false;
  return true;
}
