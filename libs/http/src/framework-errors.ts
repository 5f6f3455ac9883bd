import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_PROBLEM_LANGUAGE, problemLanguageOf } from './problem-language.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument } from './problem.js';
import { localizedDefault, toProblem } from './problem.filter.js';

/**
 * Errors Fastify answers before any route or Nest filter runs — a path that is not valid percent-encoding
 * (FST_ERR_BAD_URL), a path parameter over the length limit (414) — are problem documents like the rest.
 */
export function frameworkErrorHandler(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const language = problemLanguageOf(request);
  const problem = toProblem(error, request, language);
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', language)
    .send(problem);
}

/**
 * Errors Node's HTTP parser raises before there is a request (an over-long request line or headers, 431;
 * a malformed request, 400): the answer is written to the socket, as a problem document.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  // No request was parsed, so no language was asked for: the default one.
  const problem: ProblemDocument = { ...localizedDefault(status, DEFAULT_PROBLEM_LANGUAGE), status };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Language: ${DEFAULT_PROBLEM_LANGUAGE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
