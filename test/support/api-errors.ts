/** Errors of every code the elements can meet, for tests of the words and screens they get. */
import { ApiError, NetworkError, ProblemError, ResponseShapeError, TimeoutError, type ApiErrorCode } from '../../src/api/errors.js';
import { ProblemCode, type ClinicContact } from '../../src/api/schemas.js';

export const clinic: ClinicContact = { name: 'Circle Clinic', phone: '+44 20 7946 0000', email: 'hello@circle.example' };

export const everyCode: ApiErrorCode[] = [...ProblemCode.options, 'network', 'timeout', 'aborted', 'malformed_response', 'http_error'];

export function errorWith(code: ApiErrorCode): ApiError {
  if (code === 'network') return new NetworkError();
  if (code === 'timeout') return new TimeoutError(10_000);
  if (code === 'malformed_response') return new ResponseShapeError('/services/x', 200, ['name: Invalid input']);
  if (code === 'aborted' || code === 'http_error') return new ApiError(code, 'x');
  return new ProblemError(code, code === 'conflict' ? 'The appointment was already cancelled.' : 'Problem', 400);
}
