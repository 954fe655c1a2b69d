/**
 * When a video visit can be joined (issue #23): from 10 minutes before its start until its end.
 * Plain data and arithmetic on the clock, so `<circle-appointment>` only renders it and wakes
 * itself up when the answer changes.
 */
import type { Appointment } from '../api/schemas.js';

/** How long before the start the room opens. */
export const joinOpensMinutesBefore = 10;

export type VideoJoin =
  { state: 'not-open'; url: string; /** When it opens, ISO instant. */ opensAt: string } | { state: 'open'; url: string } | { state: 'over' };

/** Whether and when a video visit can be joined at `now`; undefined for a visit that is not a booked video visit. */
export function videoJoin(appointment: Pick<Appointment, 'status' | 'start' | 'end' | 'mode' | 'videoUrl'>, now: number): VideoJoin | undefined {
  const { videoUrl: url } = appointment;
  if (appointment.mode !== 'video' || appointment.status !== 'booked' || !url) return undefined;
  const opens = Date.parse(appointment.start) - joinOpensMinutesBefore * 60_000;
  if (now >= Date.parse(appointment.end)) return { state: 'over' };
  if (now >= opens) return { state: 'open', url };
  return { state: 'not-open', url, opensAt: new Date(opens).toISOString() };
}

/** The next instant the join state changes after `now` (the room opens, or the visit ends); undefined when it never will. */
export function nextVideoChange(appointment: Pick<Appointment, 'status' | 'start' | 'end' | 'mode' | 'videoUrl'>, now: number): number | undefined {
  const join = videoJoin(appointment, now);
  if (!join || join.state === 'over') return undefined;
  return join.state === 'not-open' ? Date.parse(join.opensAt) : Date.parse(appointment.end);
}
