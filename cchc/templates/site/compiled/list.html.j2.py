# compiled by cchc from its template: c7fedc7501928572672b3c0a852f4d47b75c185d86bbf558d2520a397c87103e
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'list.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kind = resolve('kind')
    l_0_t = resolve('t')
    l_0_w = resolve('w')
    l_0_data = resolve('data')
    l_0_heading = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'list.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_heading = (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.overdue-title') if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'overdue') else (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'status.due-soon', days=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'due_soon_days')) if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'due-soon') else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'status.stale', days=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'stale_days'))))
    context.vars['heading'] = l_0_heading
    context.exported_vars.add('heading')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_heading = resolve('heading')
    pass
    yield (escape_inner(_v) if type(_v := ((undefined(name='heading') if l_0_heading is missing else l_0_heading))) is str else _v if type(_v) is Markup else escape(_v))

def block_nav(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_plan_nav = resolve('plan_nav')
    l_0_ix = resolve('ix')
    l_0_w = resolve('w')
    l_0_href = resolve('href')
    l_0_kind = resolve('kind')
    pass
    yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), (undefined(name='ix') if l_0_ix is missing else l_0_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), ('overdue' if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'overdue') else ''), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_heading = resolve('heading')
    l_0_w = resolve('w')
    l_0_total = resolve('total')
    l_0_ix = resolve('ix')
    l_0_rows = resolve('rows')
    l_0_t = resolve('t')
    l_0_filter_box = resolve('filter_box')
    l_0_kind = resolve('kind')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield ''.join((
        '<h1>',
        (escape_inner(_v) if type(_v := ((undefined(name='heading') if l_0_heading is missing else l_0_heading))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (undefined(name='total') if l_0_total is missing else l_0_total), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n',
    ))
    if (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        pass
        yield ''.join((
            '<p class="note">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.list-note'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'list', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<div class="scroll"><table class="list" id="list" data-rows="',
            (escape_inner(_v) if type(_v := (t_1((undefined(name='rows') if l_0_rows is missing else l_0_rows)))) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.task'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.title'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.units'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</th>\n',
        ))
        if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'overdue'):
            pass
            yield ''.join((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.first-due'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := ((environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.most-days-overdue') if t_2(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'final')) else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'days_col'), _block_vars=_block_vars)))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
        elif ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'due-soon'):
            pass
            yield ''.join((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.first-due'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
        else:
            pass
            yield ''.join((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.oldest-record'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.most-days-since'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>',
            ))
        yield '</tr></thead>\n<tbody>\n'
        for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
            _loop_vars = {}
            pass
            yield ''.join((
                '<tr><th scope="row"><a href="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'page'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'task'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a><td>',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'title'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n" data-count="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'n'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'units'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</td>\n',
            ))
            if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'overdue'):
                pass
                yield ''.join((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'due'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'days'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>\n',
                ))
            elif ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'due-soon'):
                pass
                yield ''.join((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'due'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>\n',
                ))
            else:
                pass
                yield ''.join((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'last'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'days'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>',
                ))
            yield '</tr>\n'
        l_1_r = missing
        yield '</tbody>\n</table></div>\n'
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=18&2=21&3=26&4=37&5=52&6=82&7=86&8=89&9=93&10=95&11=97&12=99&13=106&14=115&15=126&18=132&19=137&20=148&21=157&22=168&27=180'