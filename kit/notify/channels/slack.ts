// Slack incoming webhook: `text` (the notification and fallback) plus blocks, English then Arabic.
import type { ChannelConfig } from '../config.js';
import { postJson, type Channel, type Delivery } from './channel.js';

const ICON: Record<string, string> = { critical: ':rotating_light:', warning: ':warning:', info: ':information_source:' };
// Slack refuses a section text over 3000 characters
const cut = (s: string) => (s.length > 2900 ? `${s.slice(0, 2900)}…` : s);

export function slackPayload(d: Delivery): Record<string, unknown> {
  return {
    text: `${ICON[d.severity] ?? ''} ${d.subject}`.trim(),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: d.subject.slice(0, 150), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: cut(d.body_en) } },
      { type: 'divider' },
      { type: 'section', text: { type: 'plain_text', text: cut(`${d.subject_ar}\n${d.body_ar}`), emoji: false } },
    ],
  };
}

export function slackChannel(c: ChannelConfig): Channel {
  return { send: (d) => postJson(c.name, c.webhook_url, slackPayload(d)) };
}
