// The Partner Central simulator's opportunities that belong to leads of the Odoo simulator, as a partner's ACE
// and CRM records do: read from sim/odoo's deterministic data (the same Orm sizes give the same leads in another
// process), one link per ACE opportunity, each by one of core.opportunity_matches' rules in turn, so each rule
// has pairs and none is shadowed by a stronger one:
// - ace_opportunity_id: the ACE opportunity's Id is the one the lead holds (x_ace_opportunity_id)
// - partner_opportunity_identifier: ACE holds the lead's x_partner_opportunity_identifier
// - aws_account_id: the customer's AWS account is the lead's (x_aws_account_id → c.aws.accounts.account_id)
// - normalized_domain: the customer's website is the lead's (its website, else its partner's, else an e-mail
//   domain), with the partner's company name
// The other keys of a linked opportunity stay the simulator's own (other domains, accounts, identifiers), which no
// lead has.
import type { Orm } from '../odoo/orm.js';

export type MatchRule = 'ace_opportunity_id' | 'partner_opportunity_identifier' | 'aws_account_id' | 'normalized_domain';
export const RULES: MatchRule[] = ['ace_opportunity_id', 'partner_opportunity_identifier', 'aws_account_id', 'normalized_domain'];

export interface OdooLink {
  rule: MatchRule;
  leadId: number;
  /** the key's value: ACE id, CRM identifier, AWS account id, or the domain */
  value: string;
  /** the lead's company (partner) name, for the domain rule's customer */
  company?: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const id = (v: unknown): number | null => (typeof v === 'number' ? v : Array.isArray(v) ? (v[0] as number) : null);

/** What core.odoo_opportunities' normalized_domain makes of a website or an e-mail (macros/medi_odoo.sql odoo_domain). */
function domainOf(website: string | null, email: string | null): string | null {
  if (website) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)?(www\.)?([^/:?#]+)/.exec(website.toLowerCase());
    if (m?.[3]) return m[3];
  }
  const d = email?.toLowerCase().split('@')[1];
  return d ? d.replace(/^www\./, '') : null;
}

/** The key a lead offers for a rule, or null when it has none. */
function keyOf(orm: Orm, leadId: number, rule: MatchRule): { value: string; company?: string } | null {
  const lead = orm.record('crm.lead', leadId);
  switch (rule) {
    case 'ace_opportunity_id': {
      const v = str(lead.x_ace_opportunity_id);
      return v ? { value: v } : null;
    }
    case 'partner_opportunity_identifier': {
      const v = str(lead.x_partner_opportunity_identifier);
      return v ? { value: v } : null;
    }
    case 'aws_account_id': {
      const acc = id(lead.x_aws_account_id);
      const v = acc ? str(orm.record('c.aws.accounts', acc).account_id) : null;
      return v ? { value: v } : null;
    }
    case 'normalized_domain': {
      const pid = id(lead.partner_id);
      const partner = pid ? orm.record('res.partner', pid) : {};
      const v = domainOf(str(lead.website) ?? str(partner.website), str(lead.email_from) ?? str(partner.email));
      return v ? { value: v, ...(pid ? { company: orm.displayName('res.partner', pid) } : {}) } : null;
    }
  }
}

/**
 * `count` links, rule after rule, each to the next lead (by id) that has the rule's key and was not linked yet;
 * an AWS account or CRM identifier is used once (a second ACE opportunity on it would pair with the same leads).
 */
export function odooLinks(orm: Orm, count: number): OdooLink[] {
  const links: OdooLink[] = [];
  const leads = orm.size('crm.lead');
  const used = new Set<number>();
  const values = new Set<string>();
  let next = 1;
  for (let k = 0; k < count; k++) {
    const rule = RULES[k % RULES.length]!;
    for (let lead = next; lead <= leads; lead++) {
      if (used.has(lead)) continue;
      const key = keyOf(orm, lead, rule);
      if (!key || values.has(`${rule}\t${key.value}`)) continue;
      used.add(lead);
      values.add(`${rule}\t${key.value}`);
      links.push({ rule, leadId: lead, ...key });
      break;
    }
    if (rule === RULES[RULES.length - 1]) while (used.has(next)) next++;
  }
  return links;
}
