import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary files of atomic writes: named beside their target after it and the process
 * that writes them (`.report.md.4242.1k3x9q.tmp`), removed when the process is interrupted
 * (SIGINT, SIGTERM) or ends early (`process.exit`, as when standard output is closed), and —
 * since a SIGKILL cannot be caught — removed by the next write to the same target once the
 * process that left them is gone.
 */

/** The signals after which an unfinished write's temporary file is removed. */
const CAUGHT_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const pending = new Set<string>();
let counter = 0;

/** A fresh name for the temporary file beside `target`, removed on SIGINT, SIGTERM and process.exit until `release` is called. */
export function temporaryFileFor(target: string): { readonly path: string; readonly release: () => void } {
  const path = join(dirname(target), `.${basename(target)}.${process.pid}.${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  if (pending.size === 0) {
    for (const signal of CAUGHT_SIGNALS) process.on(signal, removePendingAndResignal);
    process.on('exit', removePending);
  }
  pending.add(path);
  return {
    path,
    release: () => {
      pending.delete(path);
      if (pending.size === 0) {
        for (const signal of CAUGHT_SIGNALS) process.off(signal, removePendingAndResignal);
        process.off('exit', removePending);
      }
    },
  };
}

/**
 * Removes the temporary files beside `target` that a process killed mid-write left behind:
 * those of costmodel's naming whose process no longer runs on this machine.
 */
export function removeStaleTemporaryFiles(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length));
    if (match === null || isRunning(Number(match[1]))) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** Removes every temporary file not yet renamed over its target: the process is ending (process.exit, such as after standard output closed). */
function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // not created yet, or already renamed over its target
    }
  }
  pending.clear();
  process.off('exit', removePending);
}

function removePendingAndResignal(signal: NodeJS.Signals): void {
  removePending();
  for (const caught of CAUGHT_SIGNALS) process.off(caught, removePendingAndResignal);
  // With no other listener, the signal does what it would have done: end the process.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
