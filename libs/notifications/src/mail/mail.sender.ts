import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { RenderedEmail } from './render-email.js';

export interface OutgoingEmail extends RenderedEmail {
  readonly to: string;
  readonly locale: string;
  /** Stable per (event, recipient): a message sent again is recognisable as the same message. */
  readonly messageId: string;
}

/** The Message-ID of an event's e-mail to one recipient: derived, never random. */
export function notificationMessageId(eventId: string, recipient: string): string {
  const who = createHash('sha256').update(recipient).digest('hex').slice(0, 16);
  return `<${eventId}.${who}@notifications.jazari.ma>`;
}

/**
 * Sends through SMTP_URL with nodemailer; without it, writes each message as an `.eml` file under
 * `<DATA_DIR>/mail` and logs its path, so `npm start` needs no mail server.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private transporter: Transporter | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async send(email: OutgoingEmail): Promise<void> {
    try {
      await this.deliver(email);
      this.metrics.emailDeliveries.inc({ outcome: 'sent' });
    } catch (error) {
      this.metrics.emailDeliveries.inc({ outcome: 'failed' });
      throw error;
    }
  }

  private async deliver(email: OutgoingEmail): Promise<void> {
    const message = {
      from: this.config.mail.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: { 'Content-Language': email.locale },
    };
    if (this.config.mail.smtpUrl) {
      const timeout = this.config.mail.timeoutMs;
      this.transporter ??= nodemailer.createTransport({
        url: this.config.mail.smtpUrl,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      });
      await this.transporter.sendMail(message);
      return;
    }
    const file = await this.writeEml(message, email.messageId);
    this.logger.log({ to: email.to, file }, `e-mail written to ${file}`);
  }

  private async writeEml(message: SendMailOptions, messageId: string): Promise<string> {
    const buffered = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = await buffered.sendMail(message);
    await mkdir(this.config.mail.dir, { recursive: true });
    // The same message written twice lands on the same file name.
    const name = messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9.@-]/g, '_');
    const file = path.resolve(this.config.mail.dir, `${name}.eml`);
    await writeFile(file, info.message as Buffer);
    return file;
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
    this.transporter = undefined;
  }
}
