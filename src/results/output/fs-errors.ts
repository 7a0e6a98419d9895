import { OutputError } from './errors.js';

/** A Node file-system error: it names the failing call and the path. */
export type FileSystemError = NodeJS.ErrnoException & { readonly code: string; readonly path: string };

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'a folder on the path does not exist',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links on the path',
  EBUSY: 'it is in use',
  EMFILE: 'too many open files',
  EXDEV: 'it is on another device',
};

export function isFileSystemError(error: unknown): error is FileSystemError {
  if (!(error instanceof Error)) return false;
  const e = error as NodeJS.ErrnoException;
  return typeof e.code === 'string' && typeof e.path === 'string';
}

/** One line for the user: what could not be done, where, and why in words (the code kept for searching). */
export function describeFileSystemError(error: FileSystemError, action: string = error.syscall ?? 'use', path: string = error.path): string {
  return `cannot ${action} ${path}: ${REASONS[error.code] ?? error.code} (${error.code})`;
}

/** Turns a file-system failure while preparing results into an OutputError naming the path; other errors pass through. */
export function outputFailure(error: unknown, action: string, path: string): Error {
  if (error instanceof OutputError) return error;
  if (!isFileSystemError(error)) return error instanceof Error ? error : new Error(String(error));
  return new OutputError(path, describeFileSystemError(error, action, path));
}
