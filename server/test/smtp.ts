import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * A real SMTP server started in the test process (smtp-server on a loopback port); what arrives is
 * read with mailparser (messaging.test.ts, messaging-prefs.test.ts).
 */
export interface Received {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  headers: Map<string, unknown>;
  /** The header lines as sent (folding undone): `List-Unsubscribe: <...>`. */
  headerLines: string[];
}

export class TestSmtp {
  received: Received[] = [];
  /** ok, or the SMTP answer to give to RCPT TO (e.g. 451 a temporary failure, 550 a permanent one). */
  mode: 'ok' | 451 | 550 = 'ok';
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (_addr, _session, cb) => {
      if (this.mode === 'ok') return cb();
      const e = new Error(this.mode === 451 ? 'Try again later' : 'Mailbox unavailable') as Error & { responseCode: number };
      e.responseCode = this.mode;
      return cb(e);
    },
    onData: (stream, _session, cb) => {
      simpleParser(stream).then((m) => {
        const to = (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
        this.received.push({
          to,
          subject: m.subject ?? '',
          text: m.text ?? '',
          messageId: m.messageId ?? '',
          headers: m.headers,
          headerLines: m.headerLines.map((l) => l.line.replace(/\r?\n[ \t]+/g, ' ')),
        });
        cb();
      }, cb);
    },
  });
  port = 0;
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }
  url() {
    return `smtp://127.0.0.1:${this.port}`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
