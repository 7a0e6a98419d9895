/** A results path cgs-sim will not write, or could not: one line naming the path (the command line exits 2). */
export class OutputError extends Error {
  constructor(readonly target: string, message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Raised before any work starts when results would overwrite an existing folder or file. */
export class OutputExistsError extends OutputError {
  constructor(readonly dir: string, message = `${dir} already holds results; choose another folder with --out, or pass --force to replace it`) {
    super(dir, message);
    this.name = 'OutputExistsError';
  }
}
