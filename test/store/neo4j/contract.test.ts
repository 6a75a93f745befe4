import { buildGraph } from '../../../src/graph/build.js';
import { runStoreContract } from '../contract.js';
import { sampleBatch } from '../../support/batch-fixture.js';
import { emptyNeo4jStore } from '../../support/neo4j.js';

runStoreContract('neo4j', emptyNeo4jStore, async () => {
  const store = await emptyNeo4jStore();
  await store.write(buildGraph(sampleBatch()));
  // As a database written before Document nodes kept their text and fingerprint.
  await store.runCypher('MATCH (d:Document) REMOVE d.text, d.fingerprint');
  return store;
});
