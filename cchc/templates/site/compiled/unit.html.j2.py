# compiled by cchc from its template: e80aa8638ee38aebe23dfd1a7143961ae746b60c72d2743a05be9d4da6bf1da6
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'unit.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_line_chart = l_0_state_table = l_0_history_table = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'unit.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_charts.html.j2', 'unit.html.j2').module
    l_0_line_chart = getattr(included_template, 'line_chart', missing)
    if l_0_line_chart is missing:
        l_0_line_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'unit.html.j2') does not export the requested name 'line_chart'", name='line_chart')
    context.vars['line_chart'] = l_0_line_chart
    context.exported_vars.discard('line_chart')
    included_template = environment.get_template('_tables.html.j2', 'unit.html.j2').module
    l_0_state_table = getattr(included_template, 'state_table', missing)
    if l_0_state_table is missing:
        l_0_state_table = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'unit.html.j2') does not export the requested name 'state_table'", name='state_table')
    l_0_history_table = getattr(included_template, 'history_table', missing)
    if l_0_history_table is missing:
        l_0_history_table = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'unit.html.j2') does not export the requested name 'history_table'", name='history_table')
    context.vars.update({'state_table': l_0_state_table, 'history_table': l_0_history_table})
    context.exported_vars.difference_update(('state_table', 'history_table'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_unit_name = resolve('unit_name')
    pass
    yield (escape_inner(_v) if type(_v := ((undefined(name='unit_name') if l_0_unit_name is missing else l_0_unit_name))) is str else _v if type(_v) is Markup else escape(_v))

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
    yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), (undefined(name='ix') if l_0_ix is missing else l_0_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), '', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_unit_name = resolve('unit_name')
    l_0_plan_heading = resolve('plan_heading')
    l_0_unit_model = resolve('unit_model')
    l_0_w = resolve('w')
    l_0_reg = resolve('reg')
    l_0_t = resolve('t')
    l_0_line_chart = resolve('line_chart')
    l_0_history = resolve('history')
    l_0_history_table = resolve('history_table')
    l_0_history_rows = resolve('history_rows')
    l_0_state_table = resolve('state_table')
    l_0_counts = resolve('counts')
    l_0_total = resolve('total')
    l_0_obligations = resolve('obligations')
    l_0_filter_box = resolve('filter_box')
    l_0_STATES = resolve('STATES')
    l_0_days_col_text = resolve('days_col_text')
    l_0_readings = resolve('readings')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield ''.join((
        '<h1>',
        (escape_inner(_v) if type(_v := ((undefined(name='unit_name') if l_0_unit_name is missing else l_0_unit_name))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := ((undefined(name='plan_heading') if l_0_plan_heading is missing else l_0_plan_heading))) is str else _v if type(_v) is Markup else escape(_v)),
    ))
    if (undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model):
        pass
        yield ''.join((
            ' · ',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.unit.kind', kind=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), markup_join(('site.unit-kind.', environment.getattr((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model), 'kind'), )), _block_vars=_block_vars), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ))
    yield '</p>\n'
    if ((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model) and environment.getattr((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model), 'until')):
        pass
        yield ''.join((
            '<p class="meta">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.unit.until', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model), 'until'), _block_vars=_block_vars), successor=(context.call(environment.getattr((undefined(name='reg') if l_0_reg is missing else l_0_reg), 'name'), environment.getattr((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model), 'successor'), _block_vars=_block_vars) if environment.getattr((undefined(name='unit_model') if l_0_unit_model is missing else l_0_unit_model), 'successor') else '—'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n',
        ))
    yield ''.join((
        '<div class="pair">\n<div>\n<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.unit.history'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h2>\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='line_chart') if l_0_line_chart is missing else l_0_line_chart), (undefined(name='history') if l_0_history is missing else l_0_history), 'history', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='history_table') if l_0_history_table is missing else l_0_history_table), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='history_rows') if l_0_history_rows is missing else l_0_history_rows), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n</div>\n<div>\n<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status.counts'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h2>\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='state_table') if l_0_state_table is missing else l_0_state_table), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='counts') if l_0_counts is missing else l_0_counts), 'counts', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n</div>\n</div>\n<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.unit.obligations'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (undefined(name='total') if l_0_total is missing else l_0_total), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h2>\n',
    ))
    if (undefined(name='obligations') if l_0_obligations is missing else l_0_obligations):
        pass
        yield ''.join((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'obligations', (undefined(name='STATES') if l_0_STATES is missing else l_0_STATES), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<div class="scroll"><table class="list" id="obligations">\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.task'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.title'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.state'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.due'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := ((undefined(name='days_col_text') if l_0_days_col_text is missing else l_0_days_col_text))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.occurrences'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.last-record'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n<tbody>\n',
            (escape_inner(_v) if type(_v := ((undefined(name='obligations') if l_0_obligations is missing else l_0_obligations))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tbody>\n</table></div>\n',
        ))
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))
    yield ''.join((
        '<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.unit.readings'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1((undefined(name='readings') if l_0_readings is missing else l_0_readings)), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h2>\n',
    ))
    if (undefined(name='readings') if l_0_readings is missing else l_0_readings):
        pass
        yield ''.join((
            '<div class="scroll"><table class="list" id="readings">\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.indicator'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.target'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.value'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n<tbody>\n',
        ))



        yield ''.join([''.join((''.join((
                '<tr><td><a href="../',
                (escape_inner(_v) if type(_v := (l_1_page)) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (l_1_name)) is str else _v if type(_v) is Markup else escape(_v)),
                '</a><td>',
                (escape_inner(_v) if type(_v := (l_1_target)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td><ul class="readings">',
            )),



        ''.join([''.join((
                    '<li class="met-',
                    (escape_inner(_v) if type(_v := (l_2_met)) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (l_2_period)) is str else _v if type(_v) is Markup else escape(_v)),
                    ': <b>',
                    (escape_inner(_v) if type(_v := (l_2_value)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</b></li>',
                )) for (l_2_period, l_2_value, l_2_met) in (l_1_cells)]),

        '</ul></tr>\n')) for (l_1_page, l_1_name, l_1_target, l_1_cells) in (undefined(name='readings') if l_0_readings is missing else l_0_readings)])
        l_1_page = l_1_name = l_1_target = l_1_cells = missing
        yield '</tbody>\n</table></div>\n'
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=14&2=17&3=23&4=34&5=45&6=59&7=93&8=95&9=104&10=108&15=113&16=115&17=117&20=119&21=121&24=123&25=128&26=131&28=133&30=147&32=154&33=159&34=164&36=168&38=175&39=180&43=207'