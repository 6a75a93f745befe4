import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/core/index.js';
import { openNeo4jStore } from '../../../src/store/neo4j/index.js';
import { neo4jConnection } from '../../support/neo4j.js';

describe('Neo4j store errors', () => {
  it('names a dead server and marks it retriable', async () => {
    const err = await openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unavailable');
    expect((err as StoreError).retriable).toBe(true);
    expect((err as Error).message).toContain('bolt://127.0.0.1:1');
  });

  it('says when the credentials are wrong, not retriable', async () => {
    const { uri, user } = neo4jConnection();
    const err = await openNeo4jStore({ uri, user, password: 'not-the-password' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('auth');
    expect((err as StoreError).retriable).toBe(false);
  });

  it('reports a bad query as a query error', async () => {
    const store = await openNeo4jStore(neo4jConnection());
    try {
      const err = await store.runCypher('MATCH (n RETURN n').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('query');
    } finally {
      await store.close();
    }
  });
});
