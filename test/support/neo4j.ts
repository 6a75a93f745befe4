// The Neo4j the tests use: NEO4J_URI if given, else the local server the global setup started.
import { openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** Where the test Neo4j is; throws (failing the test, never skipping it) when there is none. */
export function neo4jConnection(): Neo4jConnection {
  const problem = process.env['KG_TEST_NEO4J_ERROR'];
  if (problem) throw new Error(`${problem}\nNeo4j tests need Java 17 and Maven (or NEO4J_URI set to a running server).`);
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set and no local Neo4j was started');
  return { uri, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? 'newsgraph-dev' };
}

/** A store on the test database, emptied first. */
export async function emptyNeo4jStore(): Promise<Neo4jStore> {
  const store = await openNeo4jStore(neo4jConnection());
  await store.runCypher('MATCH (n) DETACH DELETE n');
  return store;
}
