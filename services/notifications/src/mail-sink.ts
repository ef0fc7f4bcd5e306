import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  from: string | null;
  to: string[];
  raw: Buffer;
}

export interface MailSink {
  port: number;
  /** Refuse (true) or accept (false) every message from now on, as a server that is down would. */
  refuse(on: boolean): void;
  close(): Promise<void>;
}

/**
 * A local SMTP server that accepts every message and hands it over: `npm start` writes each
 * to a file, tests read what arrived. No TLS, no authentication: it listens on loopback only.
 */
export async function startMailSink(onMessage: (message: SinkMessage) => void | Promise<void>, port = 0): Promise<MailSink> {
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusing) return callback(Object.assign(new Error('service not available'), { responseCode: 421 }));
        const envelope = session.envelope;
        Promise.resolve(
          onMessage({ from: envelope.mailFrom ? envelope.mailFrom.address : null, to: envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) }),
        ).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    refuse: (on) => {
      refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
