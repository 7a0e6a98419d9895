import { OutputFile } from '../results/output/output-file.js';
import { OutputFolder } from '../results/output-folder.js';

/**
 * Opens a command's results folder (or, for commands whose --out is one file, the file) through the
 * one safe mechanism, and tells the user what it recovered or removed from interrupted runs.
 */
export function openResults(path: string, force: boolean): OutputFolder {
  return told(OutputFolder.open(path, force));
}

export function openResultFile(path: string, force: boolean): OutputFile {
  return told(OutputFile.open(path, force));
}

function told<T extends { readonly notes: readonly string[] }>(output: T): T {
  for (const note of output.notes) console.error(`cgs-sim: ${note}`);
  return output;
}
