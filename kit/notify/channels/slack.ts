// Slack incoming webhook: `text` (the notification and fallback) plus blocks, English then Arabic.
import type { ChannelConfig } from '../config.js';
import { postJson, type Channel, type Delivery } from './channel.js';

const ICON: Record<string, string> = { critical: ':rotating_light:', warning: ':warning:', info: ':information_source:' };
/**
 * Slack's control characters escaped (its rule: &, <, > and nothing else): text quoting `<!channel>` or
 * `<https://…|x>` from an error message must neither ping a channel nor become a link.
 */
export const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Slack refuses a section text over 3000 characters; escaped first, so a cut never splits an entity
const cut = (s: string) => {
  const e = slackEscape(s);
  return e.length > 2900 ? `${e.slice(0, 2900).replace(/&[a-z]*$/, '')}…` : e;
};

export function slackPayload(d: Delivery): Record<string, unknown> {
  return {
    text: `${ICON[d.severity] ?? ''} ${slackEscape(d.subject)}`.trim(),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: slackEscape(d.subject.slice(0, 150)), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: cut(d.body_en) } },
      { type: 'divider' },
      { type: 'section', text: { type: 'plain_text', text: cut(`${d.subject_ar}\n${d.body_ar}`), emoji: false } },
    ],
  };
}

export function slackChannel(c: ChannelConfig): Channel {
  return { send: (d) => postJson(c.name, c.webhook_url, slackPayload(d), d.delivery_key) };
}
