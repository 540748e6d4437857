import { z } from 'zod';

/*
 * Zod 4 compiles fast object parsers with `new Function` where it may. The server's
 * Content-Security-Policy forbids eval (server/http/security-headers.ts), and zod's probe for it
 * would be reported as a violation on the staff pages: tell zod up front to do without. Imported
 * first by main.tsx, because zod probes when a schema is built, i.e. when its module loads.
 */
z.config({ jitless: true });
