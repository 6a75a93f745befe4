// Driver failures turned into StoreErrors a user can act on.
import { StoreError } from '../../core/index.js';

interface DriverError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

/** A StoreError for what the driver threw while talking to `uri`. */
export function storeErrorFrom(err: unknown, uri: string): StoreError {
  const e = (err ?? {}) as DriverError;
  const code = e.code ?? '';
  const message = e.message ?? String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect|Could not perform discovery/i.test(message) && !code.startsWith('Neo.')) {
    return new StoreError(
      `Neo4j does not answer at ${uri} (${message.split('\n')[0]}); start it with \`npm run neo4j:start\` or check NEO4J_URI`,
      'unavailable',
      true,
      { cause: err },
    );
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new StoreError(
      `Neo4j at ${uri} refused the credentials (${message}); set NEO4J_USER and NEO4J_PASSWORD`,
      'auth',
      false,
      { cause: err },
    );
  }
  const retriable = e.retriable === true || code.startsWith('Neo.TransientError');
  return new StoreError(`Neo4j at ${uri} failed: ${message}`, code.startsWith('Neo.ClientError.Statement') ? 'query' : 'server', retriable, { cause: err });
}
