/**
 * Whether a process with this id is running on this machine. Signal 0 checks without sending anything;
 * EPERM means it runs under another user. A reused id reads as alive, which only ever keeps files.
 */
export function isProcessAlive(pid: number): boolean {
  // 0 and negative ids address process groups, never one process.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
