/** An error caused by the user's input or arguments: printed as one line, exit code 1. */
export class CliError extends Error {}
