// The simulator's Odoo field sets: scripts/odoo-fields-from-source.py run on a small Odoo-shaped git tree (module
// closure and auto_install, _inherit merging, mixins, annotated fields, computed/related/company_dependent
// stored-ness, selection_add, default labels), and the committed odoo-fields.json as the simulator serves it:
// every stored field of every model gets a value of its type, translated fields carry Arabic, inverses hold.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODELS, ODOO_SOURCE } from '../sim/odoo/models.js';
import { Orm } from '../sim/odoo/orm.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PYTHON = join(ROOT, '.venv/bin/python');

/** An Odoo-shaped tree: base, mail, crm, sale; sale_crm auto-installs; website is never installed. */
const TREE: Record<string, string> = {
  'odoo/release.py': "FINAL = 'final'\nversion_info = (18, 0, 0, FINAL, 0, '')\n",
  'odoo/addons/base/__manifest__.py': "{'name': 'Base', 'depends': []}",
  'odoo/addons/base/__init__.py': 'from . import models\n',
  'odoo/addons/base/models/__init__.py': 'from . import res_country, res_partner\n',
  'odoo/addons/base/models/res_country.py': `
from odoo import fields, models
class ResCountry(models.Model):
    _name = 'res.country'
    _description = 'Country'
    name = fields.Char(string='Country Name', required=True, translate=True)
    code = fields.Char('Country Code')
`,
  'odoo/addons/base/models/res_partner.py': `
from odoo import fields, models
class ResPartner(models.Model):
    _name = 'res.partner'
    _description = 'Contact'
    name = fields.Char(index=True)
    parent_id = fields.Many2one('res.partner', index=True)
    child_ids = fields.One2many('res.partner', 'parent_id', string='Contact')
    country_id: ResCountry = fields.Many2one('res.country', string='Country')
    country_code = fields.Char(related='country_id.code')
    lang = fields.Selection(_lang_get, string='Language')
    email_domain = fields.Char(compute='_compute_email_domain')
    commercial_name = fields.Char(compute='_compute_commercial_name', store=True)
    property_country_id = fields.Many2one('res.country', company_dependent=True)
    comment = fields.Html('Notes', translate=html_translate)
`,
  'odoo/addons/base/tests/test_partner.py': `
from odoo import fields, models
class Nope(models.Model):
    _inherit = 'res.partner'
    test_only = fields.Char()
`,
  'addons/mail/__manifest__.py': "{'name': 'Mail', 'depends': ['base']}",
  'addons/mail/__init__.py': 'from . import models\n',
  'addons/mail/models/__init__.py': 'from . import mail_thread\n',
  'addons/mail/models/mail_thread.py': `
from odoo import fields, models
class MailThread(models.AbstractModel):
    _name = 'mail.thread'
    _description = 'Email Thread'
    message_ids = fields.One2many('mail.message', 'res_id', string='Messages')
    message_is_follower = fields.Boolean('Is Follower', compute='_compute_is_follower')
`,
  'addons/crm/__manifest__.py': "{'name': 'CRM', 'depends': ['mail']}",
  'addons/crm/__init__.py': 'from . import models\n',
  'addons/crm/models/__init__.py': 'from . import crm_lead, crm_stage, res_partner\n',
  'addons/crm/models/crm_stage.py': `
AVAILABLE_PRIORITIES = [('0', 'Low'), ('1', 'Medium'), ('2', 'High')]
`,
  'addons/crm/models/crm_lead.py': `
from odoo import fields, models
from odoo.addons.crm.models import crm_stage
class CrmLead(models.Model):
    _name = 'crm.lead'
    _description = 'Lead'
    _inherit = ['mail.thread']
    name = fields.Char('Opportunity', required=True)
    type = fields.Selection([('lead', 'Lead'), ('opportunity', 'Opportunity')], required=True)
    priority = fields.Selection(crm_stage.AVAILABLE_PRIORITIES, string='Priority')
    partner_id = fields.Many2one('res.partner', string='Customer')
    partner_email = fields.Char(related='partner_id.country_id.code', string='Partner Country')
`,
  'addons/crm/models/res_partner.py': `
from odoo import fields, models
class ResPartner(models.Model):
    _inherit = 'res.partner'
    name = fields.Char(required=True)
    opportunity_ids = fields.One2many('crm.lead', 'partner_id', string='Opportunities')
`,
  'addons/sale/__manifest__.py': "{'name': 'Sales', 'depends': ['base']}",
  'addons/sale/__init__.py': '',
  'addons/sale_crm/__manifest__.py': "{'name': 'Sale CRM', 'depends': ['sale', 'crm'], 'auto_install': True}",
  'addons/sale_crm/__init__.py': 'from . import models\n',
  'addons/sale_crm/models/__init__.py': 'from . import crm_lead\n',
  'addons/sale_crm/models/crm_lead.py': `
from odoo import fields, models
class CrmLead(models.Model):
    _inherit = 'crm.lead'
    order_ids = fields.One2many('sale.order', 'opportunity_id', string='Orders')
    type = fields.Selection(selection_add=[('quote', 'Quote')])
`,
  'addons/website/__manifest__.py': "{'name': 'Website', 'depends': ['base']}",
  'addons/website/__init__.py': 'from . import models\n',
  'addons/website/models/__init__.py': 'from . import res_partner\n',
  'addons/website/models/res_partner.py': `
from odoo import fields, models
class ResPartner(models.Model):
    _inherit = 'res.partner'
    website_id = fields.Many2one('website')
`,
};

type Fact = Record<string, unknown>;

t.test('the generator reads fields as Odoo registers them for the installed modules', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'odoo-src-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'tree');
  const out = join(dir, 'fields.json');
  execFileSync(
    PYTHON,
    [
      join(ROOT, 'scripts/odoo-fields-from-source.py'),
      ...['--git-dir', join(dir, '.git'), '--out', out, '--roots', 'crm,sale'],
      ...['--models', 'res.partner,crm.lead', '--mixins', 'mail.thread'],
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const doc = JSON.parse(readFileSync(out, 'utf8')) as {
    source: { version: string; installed_modules: string[] };
    models: Record<string, { description: string; fields: Record<string, Fact> }>;
  };
  t.equal(doc.source.version, '18.0', 'version from odoo/release.py');
  t.same(
    doc.source.installed_modules,
    ['base', 'mail', 'sale', 'crm', 'sale_crm'],
    'closure of the roots plus auto_install, in load order',
  );
  const p = doc.models['res.partner']!.fields;
  const l = doc.models['crm.lead']!.fields;
  t.same(p.name, { type: 'char', string: 'Name', store: true, module: 'base', required: true }, 'an extension merges required=True in');
  t.equal(p.parent_id!.string, 'Parent', "a missing label is Odoo's default from the name (_id dropped)");
  t.same(p.child_ids, {
    type: 'one2many',
    string: 'Contact',
    store: true,
    module: 'base',
    relation: 'res.partner',
    relation_field: 'parent_id',
  });
  t.equal(p.country_id!.relation, 'res.country', 'an annotated declaration (19.0 style) is read');
  t.same(
    p.country_code,
    { type: 'char', string: 'Country Code', store: false, module: 'base', computed: 'related' },
    'a related field: not stored, label from its target',
  );
  t.same(p.lang!.selection_from, '_lang_get', 'a run-time selection is named');
  t.equal(p.email_domain!.store, false, 'computed: not stored');
  t.equal(p.commercial_name!.store, true, 'computed with store=True: stored');
  t.equal(p.property_country_id!.store, true, 'company_dependent is stored from 18.0');
  t.equal(p.comment!.translate, true, 'translate=html_translate counts as translated');
  t.notOk(p.test_only, 'tests are not read');
  t.notOk(p.website_id, 'a module not installed adds nothing');
  t.equal(p.opportunity_ids!.module, 'crm', 'fields of the extending module');
  t.equal(p.id!.store, true, 'magic fields');
  t.ok(p.write_date && p.create_uid && p.display_name && !p.display_name.store, 'log access fields; display_name not stored');
  t.same(l.message_ids, {
    type: 'one2many',
    string: 'Messages',
    store: true,
    module: 'mail',
    relation: 'mail.message',
    relation_field: 'res_id',
  });
  t.same(
    l.type!.selection,
    [
      ['lead', 'Lead'],
      ['opportunity', 'Opportunity'],
      ['quote', 'Quote'],
    ],
    'selection_add of an auto-installed module appends',
  );
  t.same(
    l.priority!.selection,
    [
      ['0', 'Low'],
      ['1', 'Medium'],
      ['2', 'High'],
    ],
    'a selection from a constant of another file',
  );
  t.equal(l.partner_email!.string, 'Partner Country', 'an explicit label on a related field wins');
  t.equal(doc.models['crm.lead']!.description, 'Lead');
  t.ok(
    doc.models['mail.thread']!.fields.message_ids && !doc.models['mail.thread']!.fields.write_date,
    'an abstract mixin has no log access',
  );
});

t.test('the simulator serves the committed field facts and generates a value for every stored field', async (t) => {
  t.match(ODOO_SOURCE.source.version, /^(17|18|19)\.0$/, `fields read from Odoo ${ODOO_SOURCE.source.version}`);
  for (const [model, facts] of Object.entries(ODOO_SOURCE.models)) {
    const spec = MODELS[model];
    if (!spec) continue; // mixins
    for (const [name, fact] of Object.entries(facts.fields)) {
      const f = spec.fields.find((x) => x.name === name);
      if (!f || f.type !== fact.type || f.store !== fact.store || f.string !== fact.string || (fact.relation ?? '') !== (f.relation ?? ''))
        t.fail(`${model}.${name} as the source has it`, { fact, spec: f });
    }
  }
  const lead = MODELS['crm.lead']!.fields;
  const byName = (n: string) => lead.find((f) => f.name === n);
  t.same(
    [byName('stage_id')?.relation, byName('order_ids')?.relation_field, byName('x_aws_account_id')?.relation],
    ['crm.stage', 'opportunity_id', 'c.aws.accounts'],
    'real relations and inverses, and the custom x_ fields',
  );
  t.equal(MODELS['crm.stage']!.fields.find((f) => f.name === 'name')?.translate, true, 'crm.stage.name is translated, as in Odoo');
  const orm = new Orm();
  let checked = 0;
  for (const [model, spec] of Object.entries(MODELS)) {
    for (const id of [1, 2, 3]) {
      const rec = orm.record(model, id);
      for (const f of spec.fields.filter((x) => x.store)) {
        const v = rec[f.name];
        checked++;
        const ok =
          f.name === 'id'
            ? v === id
            : f.type === 'many2one'
              ? v === false || (Number.isInteger(v) && (v as number) >= 1)
              : f.type === 'one2many' || f.type === 'many2many' || f.type === 'properties' || f.type === 'properties_definition'
                ? Array.isArray(v)
                : f.type === 'selection'
                  ? v === false || (f.selection ?? []).some(([k]) => k === v)
                  : f.type === 'boolean'
                    ? typeof v === 'boolean'
                    : ['integer', 'float', 'monetary', 'many2one_reference'].includes(f.type)
                      ? typeof v === 'number'
                      : f.translate && v !== false
                        ? typeof v === 'object' && v !== null && 'en_US' in v && 'ar_001' in v
                        : v !== undefined;
        if (!ok) t.fail(`${model}(${id}).${f.name} (${f.type}) = ${JSON.stringify(v)}`);
      }
    }
  }
  t.ok(checked > 2500, `${checked} stored values checked over ${Object.keys(MODELS).length} models`);
  t.equal(orm.displayName('crm.stage', 1, 'ar_001'), 'جديد', 'a translated name in Arabic');
});
