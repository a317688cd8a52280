// A server process a bench or test starts goes with it: killed when the starting process exits, even through an
// uncaught error that skipped its stop() (left behind, it kept its port and, for moto, its objects on disk).
import type { ChildProcess } from 'node:child_process';

/** Returns a function that lets the child outlive this process after all (a bench's --keep). */
export function reapOnExit(child: ChildProcess): () => void {
  const reap = () => child.kill('SIGKILL');
  const spare = () => process.off('exit', reap);
  process.on('exit', reap);
  child.once('exit', spare);
  return spare;
}
