/**
 * The waitlist (issue #23, part 2): patients who would take an earlier time, first come first.
 * When a booking is cancelled, the first patient waiting for that variant at that location, on
 * a day that suits them, is offered the freed time through the clinic's messages; the offer
 * ends their place, and whoever books the time first gets it.
 */
import type { StaffWaitlistEntry, WaitlistContact, WaitlistEntry } from '../api/waitlist.js';
import { formatInstant } from '../time/instants.js';
import { localDate } from '../time/zoned.js';
import type { SeedAppointment, SeedData } from './fixtures.js';
import type { Language } from './language.js';

export interface WaitlistRecord {
  id: string;
  variantId: string;
  locationId: string;
  fromDate: string;
  toDate: string;
  contact: WaitlistContact;
  appointmentId?: string;
  status: 'waiting' | 'offered';
  createdAt: string;
  offeredStart?: string;
  /** The language the patient joined in: the offer is written in it. */
  language: Language;
}

export class Waitlist {
  private records: WaitlistRecord[] = [];
  private joined = 0;

  clear(): void {
    this.records = [];
  }

  add(record: Omit<WaitlistRecord, 'id' | 'status'>): WaitlistRecord {
    const added: WaitlistRecord = { id: `wl_${String(++this.joined).padStart(4, '0')}`, status: 'waiting', ...record };
    this.records.push(added);
    return added;
  }

  /**
   * The first patient waiting for this freed time (same variant and location, the day within
   * the days that suit them, not the one who just cancelled it), now marked as offered it.
   */
  offer(data: SeedData, freed: SeedAppointment): WaitlistRecord | undefined {
    const zone = data.locations.find((location) => location.id === freed.locationId)?.timeZone;
    if (!zone) return undefined;
    const day = localDate(new Date(freed.start), zone);
    const first = this.records.find(
      (record) =>
        record.status === 'waiting' &&
        record.variantId === freed.variantId &&
        record.locationId === freed.locationId &&
        record.fromDate <= day &&
        day <= record.toDate &&
        record.appointmentId !== freed.id,
    );
    if (!first) return undefined;
    first.status = 'offered';
    first.offeredStart = freed.start;
    return first;
  }

  /** For staff: every place, first come first, optionally of one service's variants. */
  list(data: SeedData, serviceId?: string): StaffWaitlistEntry[] {
    return this.records
      .filter((record) => serviceId === undefined || data.variants.find((variant) => variant.id === record.variantId)?.serviceId === serviceId)
      .map((record) => staffView(data, record));
  }
}

/** What the patient who joined is answered: their place, without their contact. */
export function waitlistEntryView(data: SeedData, record: WaitlistRecord): WaitlistEntry {
  const zone = zoneOf(data, record.locationId);
  const { id, variantId, locationId, fromDate, toDate, status } = record;
  return { id, variantId, locationId, fromDate, toDate, status, createdAt: formatInstant(new Date(record.createdAt), zone) };
}

function staffView(data: SeedData, record: WaitlistRecord): StaffWaitlistEntry {
  const variant = data.variants.find((candidate) => candidate.id === record.variantId)!;
  const service = data.services.find((candidate) => candidate.id === variant.serviceId)!;
  const location = data.locations.find((candidate) => candidate.id === record.locationId)!;
  return {
    ...waitlistEntryView(data, record),
    service: { id: service.id, name: service.name },
    variant: { id: variant.id, name: variant.name },
    location: { id: location.id, name: location.name },
    contact: { ...record.contact },
    ...(record.offeredStart && { offeredStart: formatInstant(new Date(record.offeredStart), location.timeZone) }),
  };
}

function zoneOf(data: SeedData, locationId: string): string {
  return data.locations.find((location) => location.id === locationId)?.timeZone ?? 'UTC';
}
