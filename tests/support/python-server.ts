/**
 * Python's own static server (`python3 -m http.server`), the plainest host there is: no rewrites,
 * no 404 page, no clean-URL tricks. Serving a folder that holds the build under `reader/` is how a
 * sub-path host (GitHub Pages, a university web space) sees the site.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface PythonServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A loopback port that is free now (the server is started on it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function servePython(root: string, port: number): Promise<PythonServer> {
  const child: ChildProcess = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`python3 -m http.server exited with code ${child.exitCode} (is port ${port} taken?)`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`python3 -m http.server did not answer on ${origin}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}
