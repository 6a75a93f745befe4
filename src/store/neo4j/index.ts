// Opens the Neo4j store, failing fast with a StoreError when the server cannot be reached.
import neo4j from 'neo4j-driver';
import { storeErrorFrom } from './errors.js';
import { Neo4jStore, type Neo4jOptions } from './neo4j-store.js';

export type { Neo4jOptions } from './neo4j-store.js';
export { Neo4jStore } from './neo4j-store.js';

/** Connects, checks the server answers, and returns the store. */
export async function openNeo4jStore(options: Neo4jOptions): Promise<Neo4jStore> {
  let driver;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      maxConnectionLifetime: 60 * 60 * 1000,
    });
  } catch (err) {
    throw storeErrorFrom(err, options.uri);
  }
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    throw storeErrorFrom(err, options.uri);
  }
  return new Neo4jStore(driver, options);
}
