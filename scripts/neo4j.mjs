#!/usr/bin/env node
// The project's local Neo4j: Community 5.26 LTS from Maven Central jars, on 127.0.0.1, data under .neo4j/.
// usage: node scripts/neo4j.mjs install|start|stop|status
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';

const root = new URL('..', import.meta.url).pathname;
const home = join(root, '.neo4j');
const lib = join(home, 'lib');
const conf = join(home, 'conf');
const pidFile = join(home, 'run', 'server.pid');
const BOLT_PORT = 7687;
const HTTP_PORT = 7474;
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'newsgraph-dev';
const uri = `bolt://127.0.0.1:${BOLT_PORT}`;

function fail(message) {
  console.error(`neo4j: ${message}`);
  process.exit(1);
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function install() {
  if (existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('neo4j-server-'))) return;
  if (!has('mvn', ['-v'])) fail('Maven (mvn) is not installed; it fetches the Neo4j jars from Maven Central. Install Maven 3 and retry.');
  console.log('neo4j: fetching Neo4j Community 5.26 and Neo4j Browser from Maven Central ...');
  const r = spawnSync('mvn', ['-q', '-B', '-f', join(root, 'scripts/neo4j/pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`], { stdio: 'inherit' });
  if (r.status !== 0) fail(`Maven could not fetch the Neo4j jars (exit ${r.status}); see its output above.`);
}

function java(args, options = {}) {
  return spawnSync('java', ['-cp', join(lib, '*'), ...args], { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, encoding: 'utf8', ...options });
}

function writeConfig() {
  for (const d of [conf, join(home, 'data'), join(home, 'logs'), join(home, 'run')]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(conf, 'neo4j.conf'),
    [
      `server.bolt.listen_address=127.0.0.1:${BOLT_PORT}`,
      `server.bolt.advertised_address=127.0.0.1:${BOLT_PORT}`,
      `server.http.listen_address=127.0.0.1:${HTTP_PORT}`,
      `server.http.advertised_address=127.0.0.1:${HTTP_PORT}`,
      'server.https.enabled=false',
      `server.directories.data=${join(home, 'data')}`,
      `server.directories.logs=${join(home, 'logs')}`,
      `server.directories.run=${join(home, 'run')}`,
      // A modest JVM: the machine has two cores and shares them with the tests.
      'server.memory.heap.initial_size=256m',
      'server.memory.heap.max_size=768m',
      'server.memory.pagecache.size=128m',
      // The machine may have no network: no usage reports, no calls home from Browser.
      'dbms.usage_report.enabled=false',
      'client.allow_telemetry=false',
      '',
    ].join('\n'),
  );
}

function runningPid() {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function canLogIn() {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function logTail() {
  for (const f of ['neo4j.log', 'debug.log', 'console.log']) {
    const p = join(home, 'logs', f);
    if (existsSync(p)) return readFileSync(p, 'utf8').split('\n').slice(-25).join('\n');
  }
  return '(no log written)';
}

async function start() {
  if (runningPid() && (await canLogIn())) {
    console.log(`neo4j: already running at ${uri} (user ${user})`);
    return;
  }
  if (!has('java', ['-version'])) fail('Java is not installed; Neo4j 5.26 needs Java 17. Install a JDK 17 and retry.');
  install();
  if ((await portOpen(BOLT_PORT)) || (await portOpen(HTTP_PORT))) {
    if (await canLogIn()) {
      console.log(`neo4j: a server already answers at ${uri} with these credentials; using it`);
      return;
    }
    fail(`port ${BOLT_PORT} or ${HTTP_PORT} on 127.0.0.1 is taken by another program; stop it and retry.`);
  }
  writeConfig();
  if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    const r = java(['org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password]);
    if (r.status !== 0) fail(`could not set the initial password:\n${r.stdout}${r.stderr}`);
  }
  const out = openSync(join(home, 'logs', 'console.log'), 'a');
  const child = spawn(
    'java',
    ['-Xms256m', '-Xmx768m', '-XX:+UseG1GC', '-cp', join(lib, '*'), 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${conf}`],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const deadline = Date.now() + 180_000;
  process.stdout.write('neo4j: starting');
  while (Date.now() < deadline) {
    if (!runningPid()) fail(`the server stopped while starting. Last lines of its log:\n${logTail()}`);
    if ((await portOpen(BOLT_PORT)) && (await canLogIn())) {
      console.log(`\nneo4j: running at ${uri} (user ${user}); Browser at http://127.0.0.1:${HTTP_PORT}/browser`);
      return;
    }
    process.stdout.write('.');
    await new Promise((r) => setTimeout(r, 1000));
  }
  fail(`the server did not answer within 3 minutes. Last lines of its log:\n${logTail()}`);
}

async function stop() {
  const pid = runningPid();
  if (!pid) {
    console.log('neo4j: not running');
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && runningPid()) await new Promise((r) => setTimeout(r, 500));
  if (runningPid()) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  console.log('neo4j: stopped');
}

async function status() {
  const pid = runningPid();
  const ok = pid !== null && (await canLogIn());
  console.log(ok ? `neo4j: running at ${uri} (pid ${pid})` : pid ? `neo4j: process ${pid} is up but does not answer at ${uri}` : 'neo4j: not running');
  process.exitCode = ok ? 0 : 3;
}

const commands = { install: async () => install(), start, stop, status };
const command = commands[process.argv[2] ?? ''];
if (!command) fail('usage: node scripts/neo4j.mjs install|start|stop|status');
await command();
