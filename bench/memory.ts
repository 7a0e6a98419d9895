import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;

/** Heap in use after a full garbage collection, in MB, so before/after figures compare live data only. */
export function heapUsedMb(): number {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      v8.setFlagsFromString('--expose_gc');
      collect = vm.runInNewContext('gc') as () => void;
    }
  }
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
