// E-mail by SMTP (nodemailer): plain text and HTML, English then Arabic (the Arabic part `dir="rtl"`). The
// Message-ID comes from the delivery key, so a receiver sees a re-sent message as the same message.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ChannelConfig } from '../config.js';
import { DeliveryError, type Channel, type Delivery } from './channel.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>\n');

export function emailMessage(c: ChannelConfig, d: Delivery) {
  const id = createHash('sha256').update(d.delivery_key).digest('hex').slice(0, 32);
  return {
    from: c.from,
    to: c.to,
    subject: d.subject,
    messageId: `<${id}@medi-notify>`,
    headers: { 'X-Medi-Severity': d.severity, 'X-Medi-Rule': d.rule },
    text: `${d.body_en}\n\n----\n\n${d.subject_ar}\n${d.body_ar}\n`,
    html:
      `<div lang="en" dir="ltr"><p>${esc(d.body_en)}</p></div><hr>\n` +
      `<div lang="ar" dir="rtl"><p><b>${esc(d.subject_ar)}</b></p><p>${esc(d.body_ar)}</p></div>\n`,
  };
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
export function emailChannel(c: ChannelConfig): Channel {
  if (!c.smtp_url) throw new DeliveryError(c.name, 'no SMTP server: set smtp_url (or MEDI_NOTIFY_SMTP_URL)', true);
  const u = new URL(c.smtp_url);
  const transport = nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 25)),
    secure: u.protocol === 'smtps:',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(d) {
      try {
        await transport.sendMail(emailMessage(c, d));
      } catch (e) {
        const err = e as { responseCode?: number; code?: string; message: string };
        // a 5xx reply refuses the message itself (bad address, policy); 4xx and connection errors may pass later
        const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
        throw new DeliveryError(
          c.name,
          `SMTP ${err.responseCode ?? err.code ?? ''} ${err.message.replace(/\/\/[^@\s]*@/g, '//***@')}`.trim(),
          permanent,
        );
      }
    },
    close: () => transport.close(),
  };
}
