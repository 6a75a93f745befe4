// The one error hierarchy: each class tells the CLI which exit code and advice fit.

/** Base class of every error the project throws on purpose. */
export class NewsgraphError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user asked for something malformed: a bad flag, a missing argument. */
export class UsageError extends NewsgraphError {}

/**
 * A path the user named cannot serve as asked: a store that does not exist, an output file
 * that cannot be written. Bad usage, but the message says all, so no usage text follows it.
 */
export class PathError extends UsageError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An input file could not be read or understood as an article. */
export class InputError extends NewsgraphError {
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A store could not be reached or refused a request. */
export class StoreError extends NewsgraphError {
  constructor(
    message: string,
    /** A stable code such as `unavailable`, `auth`, `corrupt-file`, `query`. */
    readonly code: string,
    /** True when trying again later may succeed (a server still starting, a lost connection). */
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A configured requirement of the machine is missing (Java, Maven, a free port). */
export class EnvironmentError extends NewsgraphError {}
