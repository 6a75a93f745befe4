import { runStoreContract } from '../contract.js';
import { emptyNeo4jStore } from '../../support/neo4j.js';

runStoreContract('neo4j', emptyNeo4jStore);
