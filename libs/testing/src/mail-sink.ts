import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message an SMTP sink received: its envelope recipients, and its text and HTML parts decoded. */
export interface ReceivedMail {
  readonly to: string[];
  readonly raw: string;
  readonly html: string;
  readonly text: string;
  readonly subject: string;
  readonly messageId: string;
}

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** Just enough MIME for assertions: the text/plain and text/html parts of a nodemailer message. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const parts = { html: '', text: '' };
  for (const chunk of raw.split(/\r?\n--[^\r\n]*\r?\n/)) {
    const split = chunk.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = chunk.slice(0, split);
    const body = chunk.slice(split).replace(/^\r?\n\r?\n/, '');
    const type = /Content-Type:\s*text\/(plain|html)/i.exec(head)?.[1];
    if (!type) continue;
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(head)?.[1] ?? '7bit';
    parts[type === 'html' ? 'html' : 'text'] = decodeBody(
      body.replace(/\r?\n--[^\r\n]*--\s*$/, ''),
      encoding,
    );
  }
  const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '';
  const subject = /^Subject:\s*(.*)$/im.exec(raw)?.[1] ?? '';
  return { to, raw, messageId, subject, ...parts };
}

export interface MailSinkOptions {
  /** Called for each RCPT TO: return an error to refuse that recipient (a temporary failure, say). */
  readonly onRcptTo?: (address: string) => Error | undefined;
  /** How long to hold the reply to each message (a slow receiver); none by default. */
  readonly replyDelayMs?: () => number;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export interface MailSink {
  readonly url: string;
  readonly received: ReceivedMail[];
  to(email: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailSink(options: MailSinkOptions = {}): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(options.onRcptTo?.(address.address) ?? undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        const delay = options.replyDelayMs?.() ?? 0;
        if (delay > 0) setTimeout(() => callback(), delay);
        else callback();
      });
    },
  });
  // A client that dies mid-session (a worker SIGKILLed on purpose) resets its socket: smtp-server emits
  // that on the server, and an EventEmitter's unheard 'error' would crash the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (email) => received.filter((m) => m.to.includes(email)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
