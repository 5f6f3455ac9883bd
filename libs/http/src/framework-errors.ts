import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defaultProblem, PROBLEM_CONTENT_TYPE, type ProblemDocument } from './problem.js';
import { toProblem } from './problem.filter.js';

/**
 * Errors Fastify answers before any route or Nest filter runs — a path that is not valid percent-encoding
 * (FST_ERR_BAD_URL), a path parameter over the length limit (414) — are problem documents like the rest.
 */
export function frameworkErrorHandler(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error, request);
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * Errors Node's HTTP parser raises before there is a request (an over-long request line or headers, 431;
 * a malformed request, 400): the answer is written to the socket, as a problem document.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const problem: ProblemDocument = { ...defaultProblem(status), status };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
