import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Scenario files are hand-written; 4 MiB is hundreds of times the shipped ones, and parses in seconds. */
export const MAX_SCENARIO_FILE_BYTES = 4 * 1024 * 1024;

/** Why a file could not be read, as a phrase for an error message. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. The file is opened without blocking and
 * checked on the open descriptor, so a FIFO, a device such as /dev/zero or a folder is refused
 * instead of hanging or reading forever, and a file swapped in after a check cannot slip past.
 */
export function readBoundedFile(file: string, maxBytes = MAX_SCENARIO_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnreadableFileError(`cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFileError(`${kindOf(stat)}, not a regular file; expected a YAML or JSON scenario file`);
    if (stat.size > maxBytes) throw new UnreadableFileError(tooBig(stat.size, maxBytes));
    // Read one byte more than allowed, in case the file grew since fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new UnreadableFileError(tooBig(length, maxBytes));
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

const tooBig = (size: number, maxBytes: number) =>
  `the file is larger than ${maxBytes / 1024 / 1024} MiB, the most a scenario file may be (got ${size} bytes)`;

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'something else';
}
