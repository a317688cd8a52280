#!/usr/bin/env python3
"""Field facts of the simulator's standard Odoo models, read from the public Odoo sources with `ast`.

Run (from the repository root, with the project venv):

    .venv/bin/python scripts/odoo-fields-from-source.py --git-dir <odoo mirror .git> [--commit <rev>] \
        [--out sim/odoo/odoo-fields.json]

The committed sim/odoo/odoo-fields.json was made from the Odoo 19.0 community tree vendored unchanged in
jnvdx6/skymedic-odoo's root commit 85dffc07fba25f19927b3c87d0e9645b2ec697df (odoo/release.py: version_info
(19, 0, 0, FINAL, 0, '')); odoo/odoo itself is too large to mirror here. Any checkout of odoo/odoo 17.0+ works
(`--commit 17.0` and so on): the script reads git objects only, never a work tree.

What it does, as Odoo's registry would for the installed modules:
- installed modules = the dependency closure of ROOTS (each __manifest__.py's `depends`), plus every
  auto_install module whose dependencies are all installed, loaded in dependency order;
- in each module, the .py files reachable from __init__.py in import order, every class with `_name` or
  `_inherit`, and every `name = fields.X(...)` in its body;
- a model's fields = for each class defining or extending it, in load order, the fields of the parents it
  inherits (`_inherit` other than itself: mixins such as mail.thread, resolved the same way), then its own;
  a field declared again merges its attributes over the earlier ones (the type of the last one wins);
  `_inherits` (delegation) adds the parent's fields as related, not stored;
- Odoo's magic fields (id, display_name, and create/write uid/date on models with `_log_access`).

Per field it writes facts, not code: type, string (label; Odoo's default from the name when absent, the
target's for a related field), relation, inverse (one2many), selection keys and labels (literal lists and
module-level constants; a callable is named in `selection_from`), required, translate, company_dependent, and
store as Odoo decides it: computed and related fields are not stored unless store=True; company_dependent
fields are not stored before 18.0 (ir.property) and stored (jsonb) from 18.0.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys

# What the brief's models need: crm (leads, teams, stages, tags), sale and its crm/project links, invoicing
# (account.move), project and product. Their dependency closure and auto_install modules are added.
ROOTS = ['crm', 'sale_crm', 'sale_management', 'sale_project', 'project', 'account', 'product']

TARGETS = [
    'crm.lead', 'res.partner', 'crm.team', 'crm.stage', 'sale.order', 'sale.order.line', 'res.country.state',
    'product.template', 'account.move', 'account.move.line', 'project.project',
    'res.users', 'res.country', 'crm.tag', 'res.currency', 'product.product', 'res.company',
]
# the mixins the partner's custom c.* models inherit (as a custom module declaring them would)
MIXINS = ['mail.thread', 'mail.activity.mixin']

TYPES = {
    'Boolean': 'boolean', 'Integer': 'integer', 'Float': 'float', 'Monetary': 'monetary', 'Char': 'char',
    'Text': 'text', 'Html': 'html', 'Date': 'date', 'Datetime': 'datetime', 'Binary': 'binary', 'Image': 'binary',
    'Selection': 'selection', 'Reference': 'reference', 'Many2one': 'many2one', 'One2many': 'one2many',
    'Many2many': 'many2many', 'Many2oneReference': 'many2one_reference', 'Json': 'json',
    'Properties': 'properties', 'PropertiesDefinition': 'properties_definition', 'Id': 'integer',
}
# positional parameters of each field class's constructor
POSITIONAL = {
    'Selection': ['selection', 'string'], 'Reference': ['selection', 'string'],
    'Many2one': ['comodel_name', 'string'], 'One2many': ['comodel_name', 'inverse_name', 'string'],
    'Many2many': ['comodel_name', 'relation', 'column1', 'column2', 'string'],
    'Float': ['string', 'digits'], 'Monetary': ['string', 'currency_field'],
}


class Git:
    def __init__(self, git_dir: str, commit: str):
        self.git_dir = git_dir
        self.commit = subprocess.check_output(['git', '--git-dir', git_dir, 'rev-parse', commit], text=True).strip()
        self.paths = set(
            subprocess.check_output(['git', '--git-dir', git_dir, 'ls-tree', '-r', '--name-only', self.commit], text=True).split('\n')
        )
        self.cat = subprocess.Popen(['git', '--git-dir', git_dir, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, path: str) -> str | None:
        if path not in self.paths:
            return None
        self.cat.stdin.write(f'{self.commit}:{path}\n'.encode())
        self.cat.stdin.flush()
        header = self.cat.stdout.readline().split()
        size = int(header[2])
        data = self.cat.stdout.read(size + 1)[:-1]
        return data.decode('utf-8')


def literal(node):
    """A constant, a list/tuple of them, or a translation call _('…') / _lt('…'), as Python values; else None."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [literal(e) for e in node.elts]
        return None if any(i is None for i in items) and node.elts else items
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ('_', '_lt') and node.args:
        return literal(node.args[0])
    return None


def expr_text(node) -> str:
    return ast.unparse(node)


class Source:
    def __init__(self, git: Git, roots: list[str]):
        self.git = git
        self.module_dir: dict[str, str] = {}
        for p in git.paths:
            m = re.match(r'^((?:odoo/)?addons/([^/]+))/__manifest__\.py$', p)
            if m:
                self.module_dir.setdefault(m.group(2), m.group(1))
        self.manifests = {}
        self.order = self.installed(roots)

    def manifest(self, mod: str) -> dict:
        if mod not in self.manifests:
            self.manifests[mod] = ast.literal_eval(self.git.read(f'{self.module_dir[mod]}/__manifest__.py'))
        return self.manifests[mod]

    def installed(self, roots: list[str]) -> list[str]:
        done: set[str] = set()

        def install(*mods: str):
            want = list(mods)
            while want:
                mod = want.pop()
                if mod in done:
                    continue
                done.add(mod)
                want.extend(self.manifest(mod).get('depends', []))

        install('base', *roots)
        # auto_install: True (all dependencies) or a list (those ones) installed → the module installs too
        changed = True
        while changed:
            changed = False
            for mod in sorted(self.module_dir):
                if mod in done or mod.startswith('test') or mod.startswith('l10n_'):
                    continue
                try:
                    man = self.manifest(mod)
                except Exception:
                    continue
                auto = man.get('auto_install', False)
                deps = man.get('depends', [])
                trigger = deps if auto is True else auto if isinstance(auto, list) else None
                if trigger is not None and set(trigger) <= done and all(d in self.module_dir for d in deps):
                    install(mod)  # an auto_install list installs the remaining dependencies too
                    changed = True
        # load order: dependencies first (Odoo loads by depth in the dependency graph, then by name)
        depth: dict[str, int] = {}

        def level(m: str) -> int:
            if m not in depth:
                deps = [d for d in self.manifest(m).get('depends', []) if d in done]
                depth[m] = 1 + max((level(d) for d in deps), default=-1)
            return depth[m]

        return sorted(done, key=lambda m: (level(m), m))

    def module_files(self, mod: str) -> list[str]:
        """The .py files the module's __init__ imports, in import order (tests and controllers never define models)."""
        out: list[str] = []
        seen: set[str] = set()

        def walk(pkg: str):
            init = f'{pkg}/__init__.py'
            text = self.git.read(init)
            if text is None:
                return
            for node in ast.parse(text).body:
                if isinstance(node, ast.ImportFrom) and node.level == 1:
                    base = pkg + ('/' + node.module.replace('.', '/') if node.module else '')
                    names = [a.name for a in node.names] if not node.module else [None]
                    for n in names:
                        target = f'{base}/{n}' if n else base
                        if target in seen:
                            continue
                        seen.add(target)
                        if f'{target}.py' in self.git.paths:
                            out.append(f'{target}.py')
                        elif f'{target}/__init__.py' in self.git.paths:
                            walk(target)

        walk(self.module_dir[mod])
        return out


class Registry:
    def __init__(self, src: Source, version: tuple[int, int]):
        self.src = src
        self.version = version
        self.classes: list[dict] = []  # in load order
        self.constants: dict[str, object] = {}  # module-level literal assignments, by name (selection lists)
        parsed = []
        for mod in src.order:
            for path in src.module_files(mod):
                tree = ast.parse(src.git.read(path))
                local = {}
                for node in tree.body:
                    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                        v = literal(node.value)
                        if isinstance(v, list):
                            local[node.targets[0].id] = v
                            self.constants.setdefault(node.targets[0].id, v)
                parsed.append((mod, tree, local))
        for mod, tree, local in parsed:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    cls = self.read_class(node, mod, local)
                    if cls:
                        self.classes.append(cls)

    def read_class(self, node: ast.ClassDef, mod: str, local: dict) -> dict | None:
        attrs: dict[str, object] = {}
        fields: list[tuple[str, dict]] = []
        for stmt in node.body:
            # `name = fields.X(...)`, or annotated as from 19.0: `partner_id: ResPartner = fields.Many2one(...)`
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                name = stmt.targets[0].id
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
                name = stmt.target.id
            else:
                continue
            if name in ('_name', '_inherit', '_inherits', '_description', '_auto', '_log_access', '_rec_name', '_abstract'):
                attrs[name] = literal(stmt.value) if not isinstance(stmt.value, ast.Dict) else {
                    literal(k): literal(v) for k, v in zip(stmt.value.keys, stmt.value.values)
                }
                continue
            call = stmt.value
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == 'fields'
                and call.func.attr in TYPES
            ):
                fields.append((name, self.read_field(call, mod, local)))
        if '_name' not in attrs and '_inherit' not in attrs:
            return None
        inherit = attrs.get('_inherit') or []
        if isinstance(inherit, str):
            inherit = [inherit]
        name = attrs.get('_name') or (inherit[0] if len(inherit) == 1 else None)
        if not name:
            return None
        bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, 'id', '') for b in node.bases}
        kind = 'abstract' if 'AbstractModel' in bases else 'transient' if 'TransientModel' in bases else 'model'
        return {'name': name, 'inherit': [i for i in inherit if i != name], 'attrs': attrs, 'fields': fields,
                'module': mod, 'kind': kind, 'new': '_name' in attrs and name not in inherit}

    def read_field(self, call: ast.Call, mod: str, local: dict) -> dict:
        cls = call.func.attr
        args: dict[str, object] = {'class': cls, 'module': mod}
        params = POSITIONAL.get(cls, ['string'])
        raw: dict[str, ast.AST] = {}
        for i, a in enumerate(call.args):
            if i < len(params):
                raw[params[i]] = a
        for kw in call.keywords:
            if kw.arg:
                raw[kw.arg] = kw.value
        for key, node in raw.items():
            if key in ('string', 'comodel_name', 'inverse_name', 'related', 'currency_field', 'model_field'):
                v = literal(node)
                if isinstance(v, str):
                    args[key] = v
            elif key in ('required', 'store', 'company_dependent', 'readonly'):
                v = literal(node)
                args[key] = v if isinstance(v, bool) else 'expr'
            elif key == 'translate':
                v = literal(node)
                args[key] = bool(v) if isinstance(v, bool) else True  # html_translate, xml_translate, callables
            elif key == 'compute':
                args['compute'] = True
            elif key in ('selection', 'selection_add'):
                args[key] = self.selection(node, local)
        return args

    def constant(self, node: ast.AST, local: dict):
        v = literal(node)
        if v is None and isinstance(node, ast.Name):
            v = local.get(node.id, self.constants.get(node.id))
        if v is None and isinstance(node, ast.Attribute):
            v = self.constants.get(node.attr)
        if v is None and isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self.constant(node.left, local), self.constant(node.right, local)
            v = a + b if isinstance(a, list) and isinstance(b, list) else None
        return v

    def selection(self, node: ast.AST, local: dict):
        v = self.constant(node, local)
        if isinstance(v, list) and all(isinstance(p, list) and len(p) >= 1 for p in v):
            return {'keys': [[p[0], p[1] if len(p) > 1 and isinstance(p[1], str) else None] for p in v]}
        if isinstance(v, str):  # a method name
            return {'from': v}
        return {'from': expr_text(node)}

    # ---- resolution ----
    def resolve(self) -> dict[str, dict]:
        self.memo: dict[str, dict] = {}
        return {m: self.model(m) for m in TARGETS + MIXINS}

    def model(self, name: str, stack=()) -> dict:
        if name in self.memo:
            return self.memo[name]
        if name in stack:
            return {'fields': {}, 'order': []}
        merged: dict[str, dict] = {}
        order: list[str] = []
        info = {'description': None, 'kind': None, 'log_access': True, 'inherits': {}, 'modules': [], 'rec_name': None}

        def add(fname: str, args: dict):
            if fname not in merged:
                merged[fname] = {}
                order.append(fname)
            prev = merged[fname]
            if prev.get('class') and prev['class'] != args['class']:
                prev = {'module': prev.get('module')}  # a different type: a new field of the same name
            new = {**prev, **{k: v for k, v in args.items() if k not in ('selection_add', 'module')}}
            new['module'] = prev.get('module') or args['module']
            if 'selection_add' in args and 'keys' in args['selection_add']:
                keys = list((prev.get('selection') or {}).get('keys', []))
                known = {k for k, _ in keys}
                for k, label in args['selection_add']['keys']:
                    if k not in known and label is not None:
                        keys.append([k, label])
                        known.add(k)
                new['selection'] = {**(prev.get('selection') or {}), 'keys': keys}
            merged[fname] = new

        for cls in self.classes:
            if cls['name'] != name:
                continue
            for parent in cls['inherit']:
                pm = self.model(parent, (*stack, name))
                for fname in pm['order']:
                    add(fname, pm['fields'][fname])
            for fname, args in cls['fields']:
                add(fname, args)
            a = cls['attrs']
            if a.get('_description'):
                info['description'] = a['_description']
            if cls['new'] or info['kind'] is None:
                info['kind'] = cls['kind'] if cls['new'] or info['kind'] is None else info['kind']
            if '_log_access' in a:
                info['log_access'] = bool(a['_log_access'])
            if '_auto' in a and a['_auto'] is False:
                info['log_access'] = False
            if isinstance(a.get('_inherits'), dict):
                info['inherits'].update(a['_inherits'])
            if a.get('_rec_name'):
                info['rec_name'] = a['_rec_name']
            if cls['module'] not in info['modules']:
                info['modules'].append(cls['module'])
        out = {'fields': merged, 'order': order, **info}
        self.memo[name] = out
        return out

    def finish(self, name: str) -> dict:
        """The model as fields_get would show it."""
        m = self.model(name)
        magic = {
            'id': {'class': 'Id', 'string': 'ID', 'module': 'base'},
            'display_name': {'class': 'Char', 'string': 'Display Name', 'compute': True, 'module': 'base'},
        }
        if m['log_access'] and m['kind'] != 'abstract':
            magic.update({
                'create_uid': {'class': 'Many2one', 'comodel_name': 'res.users', 'string': 'Created by', 'module': 'base'},
                'create_date': {'class': 'Datetime', 'string': 'Created on', 'module': 'base'},
                'write_uid': {'class': 'Many2one', 'comodel_name': 'res.users', 'string': 'Last Updated by', 'module': 'base'},
                'write_date': {'class': 'Datetime', 'string': 'Last Updated on', 'module': 'base'},
            })
        fields = {**{k: v for k, v in magic.items() if k not in m['fields']}, **m['fields']}
        # delegation: the parent's fields the child lacks, as related fields (never stored on the child)
        for parent, link in m['inherits'].items():
            for fname, args in self.model(parent)['fields'].items():
                if fname not in fields and fname not in magic:
                    fields[fname] = {**args, 'related': f'{link}.{fname}', 'store': False, 'inherited': True}
        out = {}
        for fname, args in fields.items():
            out[fname] = self.fact(name, fname, args)
        return {
            'description': m['description'],
            'modules': m['modules'],
            **({'inherits': m['inherits']} if m['inherits'] else {}),
            **({'rec_name': m['rec_name']} if m['rec_name'] else {}),
            'fields': dict(sorted(out.items())),
        }

    def target(self, model: str, path: str, depth=0) -> dict | None:
        """The field a related path ends on."""
        head, _, rest = path.partition('.')
        m = self.model(model)
        f = m['fields'].get(head)
        for parent in m['inherits'] if f is None else ():  # a field delegated to an _inherits parent
            f = f or self.model(parent)['fields'].get(head)
        if f is None or depth > 8:
            return None
        if not rest:
            return f
        comodel = f.get('comodel_name') or (self.related_comodel(model, f, depth) if f.get('related') else None)
        return self.target(comodel, rest, depth + 1) if comodel else None

    def related_comodel(self, model: str, f: dict, depth=0) -> str | None:
        t = self.target(model, f['related'], depth + 1)
        if not t:
            return None
        return t.get('comodel_name') or (self.related_comodel(model, t, depth + 1) if t.get('related') else None)

    def fact(self, model: str, fname: str, a: dict) -> dict:
        ftype = TYPES[a['class']]
        related = a.get('related')
        tgt = self.target(model, related) if related and not a.get('inherited') else None
        string = a.get('string') or (tgt or {}).get('string')
        if not string:
            base = fname[:-4] if fname.endswith('_ids') else fname[:-3] if fname.endswith('_id') else fname
            string = base.replace('_', ' ').title()
        computed = bool(a.get('compute')) or bool(related)
        company_dependent = a.get('company_dependent') is True
        if a.get('store') in (True, False):
            store = a['store']
        elif company_dependent:
            store = self.version >= (18, 0)
        else:
            store = not computed
        fact = {'type': ftype, 'string': string, 'store': store, 'module': a['module']}
        if ftype in ('many2one', 'one2many', 'many2many'):
            rel = a.get('comodel_name') or (tgt or {}).get('comodel_name')
            if not rel and related:
                rel = self.related_comodel(model, a)
            if rel:
                fact['relation'] = rel
        if ftype == 'one2many' and a.get('inverse_name'):
            fact['relation_field'] = a['inverse_name']
        if ftype in ('selection', 'reference'):
            sel = a.get('selection') or (tgt or {}).get('selection')
            if sel and 'keys' in sel:
                fact['selection'] = sel['keys']
            elif sel:
                fact['selection_from'] = sel['from']
            elif related:
                fact['selection_from'] = f'related {related}'
        if a.get('required') is True:
            fact['required'] = True
        if a.get('translate') or (tgt or {}).get('translate'):
            fact['translate'] = True
        if company_dependent:
            fact['company_dependent'] = True
        if computed and not store:
            fact['computed'] = 'related' if related else 'compute'
        elif computed:
            fact['computed'] = 'related, stored' if related else 'compute, stored'
        return fact


def dump(doc: dict) -> str:
    """JSON with one line per field, so a regenerated file diffs field by field."""
    one = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    out = ['{', f' "source": {one(doc["source"])},', ' "models": {']
    names = list(doc['models'])
    for i, name in enumerate(names):
        m = doc['models'][name]
        head = {k: v for k, v in m.items() if k != 'fields'}
        out.append(f'  {one(name)}: {{')
        for k, v in head.items():
            out.append(f'   {one(k)}: {one(v)},')
        out.append('   "fields": {')
        fnames = list(m['fields'])
        for j, f in enumerate(fnames):
            out.append(f'    {one(f)}: {one(m["fields"][f])}' + (',' if j < len(fnames) - 1 else ''))
        out.append('   }')
        out.append('  }' + (',' if i < len(names) - 1 else ''))
    out.append(' }')
    out.append('}')
    return '\n'.join(out) + '\n'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--git-dir', required=True)
    ap.add_argument('--commit', default='HEAD')
    ap.add_argument('--repository', default='', help='where the tree was read from, for the output header')
    ap.add_argument('--out', default='sim/odoo/odoo-fields.json')
    ap.add_argument('--roots', default=','.join(ROOTS), help='modules installed on purpose (comma-separated)')
    ap.add_argument('--models', default=','.join(TARGETS), help='models to write (comma-separated)')
    ap.add_argument('--mixins', default=','.join(MIXINS), help='abstract models to write too (comma-separated)')
    opts = ap.parse_args()
    roots = [m for m in opts.roots.split(',') if m]
    TARGETS[:] = [m for m in opts.models.split(',') if m]
    MIXINS[:] = [m for m in opts.mixins.split(',') if m]
    git = Git(opts.git_dir, opts.commit)
    release = git.read('odoo/release.py') or ''
    m = re.search(r'^version_info = \((\d+), (\d+)', release, re.M)
    version = (int(m.group(1)), int(m.group(2)))
    src = Source(git, roots)
    reg = Registry(src, version)
    reg.resolve()
    models = {name: reg.finish(name) for name in sorted(TARGETS + MIXINS)}
    doc = {
        'source': {
            'repository': opts.repository,
            'commit': git.commit,
            'version': f'{version[0]}.{version[1]}',
            'roots': roots,
            'installed_modules': src.order,
            'generator': 'scripts/odoo-fields-from-source.py',
        },
        'models': models,
    }
    with open(opts.out, 'w', encoding='utf-8') as fh:
        fh.write(dump(doc))
    for name, mdl in models.items():
        stored = sum(1 for f in mdl['fields'].values() if f['store'])
        print(f'{name}: {len(mdl["fields"])} fields, {stored} stored', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
