# compiled by cchc from its template: df1bc5394bc4374c9a9920eea160e263cf24e7bed0bc73f31964e4c241e99ae1
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'indicators.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_gap_rows = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'indicators.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_tables.html.j2', 'indicators.html.j2').module
    l_0_gap_rows = getattr(included_template, 'gap_rows', missing)
    if l_0_gap_rows is missing:
        l_0_gap_rows = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'indicators.html.j2') does not export the requested name 'gap_rows'", name='gap_rows')
    context.vars['gap_rows'] = l_0_gap_rows
    context.exported_vars.discard('gap_rows')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    pass
    yield (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.indicators-title'))) is str else _v if type(_v) is Markup else escape(_v))

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
    pass
    yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), (undefined(name='ix') if l_0_ix is missing else l_0_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), 'indicators', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_w = resolve('w')
    l_0_ix = resolve('ix')
    l_0_t = resolve('t')
    l_0_short = resolve('short')
    l_0_filter_box = resolve('filter_box')
    l_0_gap_rows = resolve('gap_rows')
    l_0_gap_rows_of = resolve('gap_rows_of')
    l_0_base = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    pass
    l_0_base = markup_join((environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'), '/', environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan'), '/', ))
    _block_vars['base'] = l_0_base
    yield ''.join((
        '<h1>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.indicators-title'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicators')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n',
    ))
    if environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_rows'):
        pass
        yield ''.join((
            '<div class="scroll"><table class="list" id="indicator-list">\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.indicator'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.target'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.frequency'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.period'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.readings'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.met-count'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n<tbody>\n',
        ))
        for l_1_r in environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_rows'):
            l_1_href = resolve('href')
            _loop_vars = {}
            pass
            yield ''.join((
                '<tr><td><a href="',
                (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_0_base is missing else l_0_base), 'indicator/', environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_slug'), environment.getattr(l_1_r, 'id')), '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'name'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a><td>',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'target'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), markup_join(('site.freq.', environment.getattr(l_1_r, 'frequency'), )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := ((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr(l_1_r, 'period'), _loop_vars=_loop_vars) if environment.getattr(l_1_r, 'period') else '—'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'readings'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ' / ',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'expected'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'met'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr>\n',
            ))
        l_1_r = l_1_href = missing
        yield ''.join((
            '</tbody>\n</table></div>\n<h2>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status.gaps'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h2>\n',
        ))
        l_0_short = t_2(context.eval_ctx, t_3(context, environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'gaps'), 'met', 'true'))
        _block_vars['short'] = l_0_short
        if (undefined(name='short') if l_0_short is missing else l_0_short):
            pass
            yield ''.join((
                (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'gaps', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '\n',
                (escape_inner(_v) if type(_v := (context.call((undefined(name='gap_rows') if l_0_gap_rows is missing else l_0_gap_rows), (undefined(name='w') if l_0_w is missing else l_0_w), context.call((undefined(name='gap_rows_of') if l_0_gap_rows_of is missing else l_0_gap_rows_of), (undefined(name='short') if l_0_short is missing else l_0_short), _block_vars=_block_vars), '', 'gaps', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '\n',
            ))
        else:
            pass
            yield ''.join((
                '<p>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>',
            ))
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=14&2=17&3=25&4=36&5=50&6=84&7=88&8=92&9=95&11=99&13=112&14=118&18=138&19=141&20=143&21=146&22=148&23=155&24=162'