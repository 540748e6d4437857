import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '../../shared/protocol/api';
import { LIMITS } from '../../shared/protocol/limits';
import type { BoundedLog } from '../security/bounded-log';

function send(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

/** A request for a body in JSON must say so; a form or text body is not read as one. */
export const requireJson: RequestHandler = (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  const hasBody = req.headers['transfer-encoding'] !== undefined || length > 0;
  if (!hasBody || req.is('application/json')) return next();
  send(res, 415, 'VALIDATION', 'the body must be JSON (Content-Type: application/json)');
};

/** Whatever no route answered: a typed 404 for every method and path. */
export const notFound: RequestHandler = (_req, res) => send(res, 404, 'NOT_FOUND', 'nothing here');

/**
 * The client's mistakes that Express and its parts report as errors, by the `type` body-parser
 * gives them or their status: our own words, never what the client sent.
 */
const CLIENT_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  'entity.parse.failed': [400, 'VALIDATION', 'the body is not valid JSON'],
  'entity.too.large': [413, 'VALIDATION', `the body is larger than ${LIMITS.messageBytes / 1024} KB`],
  'charset.unsupported': [415, 'VALIDATION', 'the body must be JSON in UTF-8'],
  'encoding.unsupported': [415, 'VALIDATION', 'the body must be JSON, uncompressed or gzip'],
  'request.aborted': [400, 'VALIDATION', 'the body did not arrive whole'],
  'request.size.invalid': [400, 'VALIDATION', 'the body is not as long as its Content-Length says'],
  400: [400, 'VALIDATION', 'the address or the request is malformed (e.g. bad %-encoding)'],
  403: [403, 'FORBIDDEN', 'this path is not served'],
  404: [404, 'NOT_FOUND', 'nothing here'],
  413: [413, 'VALIDATION', 'the request is too large'],
  415: [415, 'VALIDATION', 'this kind of body is not taken here'],
};

/**
 * The last handler: a client's mistake (a status 4xx from the router, body-parser or the static
 * files) gets that status and a typed body; anything else is the server's, 500. Both are logged
 * through the bounded log, one kind per status, so a thousand bad requests write a few lines.
 */
export function requestErrors(log: BoundedLog): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const e = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; type?: unknown };
    const status = typeof e.status === 'number' ? e.status : 500;
    const where = `${req.method} ${JSON.stringify(req.originalUrl.slice(0, 100))}`;
    if (res.headersSent) {
      log(`request failed after its answer began: ${where}: ${String(error)}`, 'http failed');
      return next(error);
    }
    const known =
      (typeof e.type === 'string' ? CLIENT_ERRORS[e.type] : undefined) ??
      (status >= 400 && status < 500 ? (CLIENT_ERRORS[status] ?? [status, 'VALIDATION', 'bad request']) : undefined);
    if (known === undefined) {
      log(`request failed: ${where}: ${String(error)}`, 'http failed');
      return send(res, 500, 'UNAVAILABLE', 'something went wrong on the server');
    }
    const [answer, code, message] = known;
    log(`refused ${where}: ${answer} ${message}`, `http ${answer}`);
    send(res, answer, code, message);
  };
}
