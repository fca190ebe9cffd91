import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the test server received, as the handler saw it (body read as text). */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

/** What the handler may answer: a Web `Response`, or `'destroy'` to cut the connection without an answer. */
export type TestServerReply = Response | 'destroy';

/** A real HTTP server on 127.0.0.1 for tests; every request is logged in `requests`. */
export interface TestServer {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on a free loopback port that answers each request with `handler`. A body streamed by the
 * handler's `Response` is written chunk by chunk, so a test can send a body that stops half-way (`'destroy'` after
 * a partial write is done with a `ReadableStream` that errors).
 */
export async function startTestServer(handler: (request: ReceivedRequest) => TestServerReply | Promise<TestServerReply>): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function serve(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const request: ReceivedRequest = {
      method: incoming.method ?? 'GET',
      url: new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`),
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    try {
      const reply = await handler(request);
      if (reply === 'destroy') {
        outgoing.socket?.destroy();
        return;
      }
      const responseHeaders: Record<string, string> = {};
      reply.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      outgoing.writeHead(reply.status, responseHeaders);
      if (reply.body === null) {
        outgoing.end();
        return;
      }
      const reader = reply.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          outgoing.write(value);
        }
        outgoing.end();
      } catch {
        outgoing.socket?.destroy();
      }
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end(`test server handler failed: ${String(error)}`);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
