// Microsoft Teams incoming webhook: an Adaptive Card in a message (Workflows webhooks), the Arabic part in a
// right-to-left container; or a MessageCard for the older Office 365 connector webhooks (format: messagecard).
import type { ChannelConfig } from '../config.js';
import { postJson, type Channel, type Delivery } from './channel.js';

const COLOR: Record<string, string> = { critical: 'attention', warning: 'warning', info: 'default' };
const HEX: Record<string, string> = { critical: 'C4314B', warning: 'F8A51E', info: '2F6FDE' };

/**
 * Teams renders card text as markdown, and a body quotes text from sources (an error a server sent): a
 * `[Re-authenticate here](https://…)` in it would be a link on call might follow. The link syntax is broken by a
 * zero-width space between `]` and `(` (the text reads the same); a bare URL stays visible as what it is.
 */
const noLinks = (s: string): string => s.replace(/\]\s*\(/g, ']\u200b(');

export function teamsPayload(delivery: Delivery, format: 'adaptive' | 'messagecard'): Record<string, unknown> {
  const d = {
    ...delivery,
    subject: noLinks(delivery.subject),
    subject_ar: noLinks(delivery.subject_ar),
    body_en: noLinks(delivery.body_en),
    body_ar: noLinks(delivery.body_ar),
  };
  if (format === 'messagecard') {
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: d.subject,
      themeColor: HEX[d.severity] ?? HEX.info,
      title: d.subject,
      text: d.body_en.replace(/\n/g, '\n\n'),
      sections: [{ title: d.subject_ar, text: d.body_ar.replace(/\n/g, '\n\n') }],
    };
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.5',
          body: [
            { type: 'TextBlock', text: d.subject, weight: 'Bolder', size: 'Medium', wrap: true, color: COLOR[d.severity] ?? 'default' },
            { type: 'TextBlock', text: d.body_en, wrap: true },
            {
              type: 'Container',
              rtl: true,
              separator: true,
              items: [
                { type: 'TextBlock', text: d.subject_ar, weight: 'Bolder', wrap: true },
                { type: 'TextBlock', text: d.body_ar, wrap: true },
              ],
            },
          ],
        },
      },
    ],
  };
}

export function teamsChannel(c: ChannelConfig): Channel {
  return { send: (d) => postJson(c.name, c.webhook_url, teamsPayload(d, c.format), d.delivery_key) };
}
