/** Clean-ups to run if the process exits normally with outputs still open (a kill leaves them to the next run). */
const pending = new Set<() => void>();
let listening = false;

export function onExit(cleanUp: () => void): () => void {
  if (!listening) {
    listening = true;
    process.once('exit', () => {
      for (const fn of pending) {
        try {
          fn();
        } catch {
          // The process is ending; what could not be removed is cleaned up by the next run.
        }
      }
    });
  }
  pending.add(cleanUp);
  return () => pending.delete(cleanUp);
}
