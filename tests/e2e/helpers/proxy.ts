import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

export interface RecordingProxy {
  url: string;
  /** Every host the browser asked for, in order, as host:port. */
  hosts: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records where the browser tries to go. Requests to 127.0.0.1 are forwarded so
 * pages still load; everything else is answered 403 and never leaves the machine.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    hosts.push(target.host);
    if (target.hostname !== '127.0.0.1') {
      res.writeHead(403).end();
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    hosts.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    if (host !== '127.0.0.1') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hosts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
