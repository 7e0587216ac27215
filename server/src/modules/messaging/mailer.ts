import fs from 'node:fs';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import { lazy } from '../../shared/lazy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodemailer = lazy(() => require('nodemailer') as typeof import('nodemailer'));
import { projectRoot } from '../../shared/project-root';
import { log } from '../../shared/log';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID per delivery: a receiver can recognise a repeat (delivery is at least once). */
  messageId: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Where mails go, for the log (never an address or a password). */
  readonly describe: string;
  send(m: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

const from = () => process.env.MAIL_FROM || '教師在職進修平臺 <no-reply@inservice.local>';

/** Mail through the SMTP server of SMTP_URL (smtp://user:pass@host:587, smtps://... for TLS at once). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  readonly describe: string;

  constructor(url: string, opts: { pool?: boolean; connectionTimeoutMs?: number } = {}) {
    const u = new URL(url);
    this.describe = `SMTP ${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`;
    this.transport = nodemailer().createTransport({
      url,
      pool: opts.pool ?? true,
      maxConnections: 4,
      connectionTimeout: opts.connectionTimeoutMs ?? 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
  }

  async send(m: OutgoingMail) {
    const info = await this.transport.sendMail({
      from: from(),
      to: m.to,
      subject: m.subject,
      text: m.text,
      messageId: m.messageId,
      headers: m.headers,
    });
    return { messageId: info.messageId };
  }

  close() {
    this.transport.close();
  }
}

/** No SMTP_URL (development, the embedded default): each mail is an .eml file under data/mail/. */
export class FileMailer implements Mailer {
  private readonly transport = lazy(() => nodemailer().createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
  readonly describe: string;

  // DATA_DIR as db/data-source reads it (that file is not imported here: it loads the module registry)
  constructor(readonly dir: string = path.join(process.env.DATA_DIR ?? path.join(projectRoot(), 'data'), 'mail')) {
    this.describe = `files in ${dir}`;
  }

  async send(m: OutgoingMail) {
    const info = await this.transport().sendMail({
      from: from(),
      to: m.to,
      subject: m.subject,
      text: m.text,
      messageId: m.messageId,
      headers: m.headers,
    });
    fs.mkdirSync(this.dir, { recursive: true });
    const name = `${m.messageId.replace(/[^A-Za-z0-9.-]/g, '')}.eml`;
    const file = path.join(this.dir, name);
    fs.writeFileSync(file, info.message as Buffer);
    log.info({ file }, `Mail written to ${file} (no SMTP_URL set)`);
    return { messageId: info.messageId };
  }

  close() {}
}

/** SMTP_URL set: SMTP; unset: .eml files under DATA_DIR/mail. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  return env.SMTP_URL ? new SmtpMailer(env.SMTP_URL) : new FileMailer();
}
