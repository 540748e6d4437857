/** Exhaustiveness guard: the compiler fails here when a union member is not handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
