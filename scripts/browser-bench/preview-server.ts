import { spawn } from 'node:child_process';

/**
 * `vite preview` of the last build on its own port, so a Playwright run (which reuses whatever answers
 * on 4173) can never pick up the bench's server. `stop` ends the whole process group: npx starts vite
 * as a child, and killing npx alone would leave vite serving.
 */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`vite preview did not answer on ${url} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
