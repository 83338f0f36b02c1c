// Starts the real packaged LockVue server for end-to-end tests and stops it again, always.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const webUi = resolve(here, '..');
export const jar = resolve(webUi, '../bootstrap/target/quarkus-app/quarkus-run.jar');

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * java -jar quarkus-run.jar with a fresh data folder, a free port and any extra environment; resolves once /q/health/ready is UP.
 * The process gets its own process group so stop() also reaches the embedded PostgreSQL it starts.
 */
export async function startServer({ timeoutMs = 180_000, env = {} } = {}) {
  if (!existsSync(jar)) {
    throw new Error(
      `The packaged server is missing: ${jar}\n` +
        'Build it first (the build packages the console too):  (cd .. && ./mvnw package -DskipTests)',
    );
  }
  const port = await freePort();
  const runDir = join(webUi, 'target', `e2e-${Date.now()}`);
  const dataDir = join(runDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(runDir, 'server.log');
  const log = openSync(logFile, 'a');
  const child = spawn('java', ['-jar', jar], {
    cwd: runDir,
    env: { ...process.env, ...env, LOCKVUE_DATA_DIR: dataDir, QUARKUS_HTTP_PORT: String(port) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const baseUrl = `http://127.0.0.1:${port}`;
  const server = {
    baseUrl,
    port,
    logFile,
    dataDir,
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = sleep(20_000).then(() => 'timeout');
      if ((await Promise.race([gone, timer])) === 'timeout') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/q/health/ready`);
      if (res.ok) return server;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  await server.stop();
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s; see ${logFile}`);
}
