/**
 * Runs a command and measures it: wall time, CPU time and peak resident memory of the whole
 * process tree (Astro runs Pagefind's binary as a child). The tree is sampled every 50 ms from
 * /proc: RSS summed over the processes, each process's own high-water mark (VmHWM) for peaks
 * between two samples, and each process's last CPU time (utime + stime). CPU time is the figure to
 * compare when other work shares the machine: wall time then measures the neighbours too.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** CPU time (user + system) of the process tree, in ms; the last 50 ms of a process may be missed. */
  cpuMs: number;
  /** CPU time by process name (`node`, `pagefind_extended`, ...), in ms. */
  cpuByProcess: Record<string, number>;
  /** Peak resident set size of the process tree, in bytes. */
  peakRss: number;
  /** Each process's own peak RSS (VmHWM), by process name, in bytes. */
  peakRssByProcess: Record<string, number>;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peakRss = 0;
    const highWater = new Map<number, number>();
    const cpu = new Map<number, number>();
    const names = new Map<number, string>();
    const sample = () => {
      if (child.pid === undefined) return;
      let total = 0;
      for (const pid of processTree(child.pid)) {
        const status = readStatus(pid);
        if (!status) continue;
        total += status.rss;
        highWater.set(pid, Math.max(highWater.get(pid) ?? 0, status.hwm));
        cpu.set(pid, status.cpuMs);
        if (!names.has(pid)) names.set(pid, status.name);
      }
      peakRss = Math.max(peakRss, total, ...highWater.values());
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${options.cwd}:\n${stderr || stdout}`.slice(0, 8000)));
        return;
      }
      const cpuMs = [...cpu.values()].reduce((sum, value) => sum + value, 0);
      const cpuByProcess: Record<string, number> = {};
      for (const [pid, value] of cpu) cpuByProcess[names.get(pid)!] = (cpuByProcess[names.get(pid)!] ?? 0) + value;
      const peakRssByProcess: Record<string, number> = {};
      for (const [pid, value] of highWater) peakRssByProcess[names.get(pid)!] = Math.max(peakRssByProcess[names.get(pid)!] ?? 0, value);
      resolve({ ms, cpuMs, cpuByProcess, peakRss, peakRssByProcess, stdout, stderr });
    });
  });
}

/** The process and all its descendants, from the parent ids in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last `)`.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

function readStatus(pid: number): { name: string; rss: number; hwm: number; cpuMs: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    // Fields after the command name: state is field 3, utime 14 and stime 15 (1-based).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? String(pid);
    return { name, rss: kib('VmRSS'), hwm: kib('VmHWM'), cpuMs };
  } catch {
    return undefined;
  }
}
