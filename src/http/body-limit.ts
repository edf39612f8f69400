// Hono's bodyLimit with our 413: a body over LIMITS.maxBodyBytes is refused before anything parses it
// (by its Content-Length, or while reading a body sent without one).
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';
import { LIMITS } from '../shared/limits';

export const limitBodySize = bodyLimit({
  maxSize: LIMITS.maxBodyBytes,
  onError: () => {
    throw new ApiError(413, 'body_too_large', `The request body is larger than ${LIMITS.maxBodyBytes / 1024} KB.`);
  },
});
