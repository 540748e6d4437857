/** Reading an imported sign-up list (docs/registrations.md, "Import"): pure, for the cockpit's preview and the server alike. */
export { columnName, ColumnMapping, emptyMapping, guessMapping, IMPORT_FIELDS, ImportField } from './mapping';
export { type ImportProblem, type ImportProblemCode, PROBLEM_MESSAGES } from './problems';
export { type ImportEntry, type ReadContext, type ReadResult, readRows } from './read-rows';
