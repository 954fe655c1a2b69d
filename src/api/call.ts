/**
 * How each endpoint function sends its request (endpoints.ts, and the optional parts' own
 * modules, waitlist.ts and holds.ts): the route's `{name}` path segments filled in, encoded,
 * its answer validated by its schema. Not part of `circle-booking/api`.
 */
import type * as z from 'zod/mini';
import type { ApiClient, RequestSpec } from './client.js';
import { ApiError } from './errors.js';

export interface ReadOptions {
  signal?: AbortSignal | undefined;
}

export interface WriteOptions extends ReadOptions {
  /** One key per attempt the user makes; retries of that attempt repeat it. */
  idempotencyKey: string;
}

export interface Route<Schema extends z.ZodMiniType> {
  method: 'GET' | 'POST';
  path: string;
  response: Schema;
}

/** RFC 6750's b64token: what an Authorization: Bearer header can carry. */
const bearerToken = /^[A-Za-z0-9._~+/-]+=*$/;

/** Fills the route's `{name}` path segments, encoded, and sends the request. */
export function call<Schema extends z.ZodMiniType>(
  client: ApiClient,
  route: Route<Schema>,
  pathParams: Record<string, string>,
  spec: Omit<RequestSpec<Schema>, 'endpoint' | 'method' | 'path' | 'schema'>,
): Promise<z.infer<Schema>> {
  // A token outside RFC 6750's bearer-token syntax (cut short with "…", a curly quote pasted on)
  // may be one no header can carry: the browser would refuse to send it, and that would read as
  // being offline. It is the link's problem, said as the API says a wrong token. (The links
  // module's own check, which the elements make first, is stricter; this one keeps api/ free of it.)
  if (spec.accessToken !== undefined && !bearerToken.test(spec.accessToken)) {
    return Promise.reject(new ApiError('unauthorized', 'The access token is not one a link carries; the request was not sent.'));
  }
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name] ?? ''));
  return client.request({ endpoint: `${route.method} ${route.path}`, method: route.method, path, schema: route.response, ...spec });
}
