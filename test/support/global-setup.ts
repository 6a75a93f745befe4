// Starts the project's local Neo4j for the test run when NEO4J_URI does not name one, and stops it after.
import { spawnSync } from 'node:child_process';

let startedHere = false;

function neo4jScript(command: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['scripts/neo4j.mjs', command], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export async function setup(): Promise<void> {
  if (process.env['NEO4J_URI']) return;
  const before = neo4jScript('status');
  const r = neo4jScript('start');
  if (r.status !== 0) {
    // The Neo4j tests then fail with this message instead of being skipped.
    process.env['KG_TEST_NEO4J_ERROR'] = `the local Neo4j could not be started: ${r.output.trim()}`;
    return;
  }
  startedHere = before.status !== 0;
  process.env['NEO4J_URI'] = 'bolt://127.0.0.1:7687';
  process.env['NEO4J_USER'] ??= 'neo4j';
  process.env['NEO4J_PASSWORD'] ??= 'newsgraph-dev';
}

export async function teardown(): Promise<void> {
  if (startedHere) neo4jScript('stop');
}
