import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, parse, sep } from 'node:path';
import { packageRoot } from '../../package-paths.js';

/** The package's own files and folders: results never replace them, even with --force. */
const PACKAGE_ENTRIES = ['.git', 'bin', 'data', 'dist', 'node_modules', 'scenarios', 'src', 'test', 'package.json', 'package-lock.json'];

/** The physical path, following links in whatever part of it exists (the rest may not exist yet). */
export function physicalPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(physicalPath(parent), basename(path));
}

const within = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Why `target` (absolute) may never be written as results, or undefined. A results folder replaces
 * the target as a whole, so it must not be the file-system root, the cgs-sim package or one of its own
 * folders, or a folder holding the package or the current folder.
 */
export function protectedReason(target: string, cwd = process.cwd(), pkg = packageRoot()): string | undefined {
  const real = physicalPath(target);
  const realCwd = physicalPath(cwd), realPkg = physicalPath(pkg);
  if (real === parse(real).root) return 'it is the root of the file system';
  if (within(realPkg, real)) return real === realPkg ? 'it is the cgs-sim project folder' : 'it holds the cgs-sim project folder';
  if (within(realCwd, real)) return real === realCwd ? 'it is the current folder' : 'it holds the current folder';
  const own = PACKAGE_ENTRIES.find((entry) => within(real, join(realPkg, entry)));
  if (own !== undefined) return `it is inside the cgs-sim package's own ${own}`;
  return undefined;
}
