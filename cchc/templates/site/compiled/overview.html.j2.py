# compiled by cchc from its template: 21fb545915485157b5e99594991eaf11719797bfd4b6fda341d88084f5c93611
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'overview.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_bar_chart = l_0_line_chart = l_0_state_table = l_0_history_table = l_0_obligation_list = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'overview.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_charts.html.j2', 'overview.html.j2').module
    l_0_bar_chart = getattr(included_template, 'bar_chart', missing)
    if l_0_bar_chart is missing:
        l_0_bar_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'overview.html.j2') does not export the requested name 'bar_chart'", name='bar_chart')
    l_0_line_chart = getattr(included_template, 'line_chart', missing)
    if l_0_line_chart is missing:
        l_0_line_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'overview.html.j2') does not export the requested name 'line_chart'", name='line_chart')
    context.vars.update({'bar_chart': l_0_bar_chart, 'line_chart': l_0_line_chart})
    context.exported_vars.difference_update(('bar_chart', 'line_chart'))
    included_template = environment.get_template('_tables.html.j2', 'overview.html.j2').module
    l_0_state_table = getattr(included_template, 'state_table', missing)
    if l_0_state_table is missing:
        l_0_state_table = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'overview.html.j2') does not export the requested name 'state_table'", name='state_table')
    l_0_history_table = getattr(included_template, 'history_table', missing)
    if l_0_history_table is missing:
        l_0_history_table = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'overview.html.j2') does not export the requested name 'history_table'", name='history_table')
    l_0_obligation_list = getattr(included_template, 'obligation_list', missing)
    if l_0_obligation_list is missing:
        l_0_obligation_list = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'overview.html.j2') does not export the requested name 'obligation_list'", name='obligation_list')
    context.vars.update({'state_table': l_0_state_table, 'history_table': l_0_history_table, 'obligation_list': l_0_obligation_list})
    context.exported_vars.difference_update(('state_table', 'history_table', 'obligation_list'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_w = resolve('w')
    l_0_data = resolve('data')
    pass
    yield (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.title', locality=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'locality'), date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'status'), 'as_of'), _block_vars=_block_vars), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

def block_nav(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_plans = resolve('plans')
    l_0_plan_nav = resolve('plan_nav')
    l_0_w = resolve('w')
    l_0_href = resolve('href')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (t_1((undefined(name='plans') if l_0_plans is missing else l_0_plans)) == 1):
        pass
        yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), environment.getattr(environment.getitem((undefined(name='plans') if l_0_plans is missing else l_0_plans), 0), 'ix'), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), 'overview', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_w = resolve('w')
    l_0_data = resolve('data')
    l_0_plans = resolve('plans')
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
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.title', locality=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'locality'), date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'status'), 'as_of'), _block_vars=_block_vars), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h1>\n',
    ))
    for l_1_entry in (undefined(name='plans') if l_0_plans is missing else l_0_plans):
        l_1_plan_nav = resolve('plan_nav')
        l_1_href = resolve('href')
        l_1_f = resolve('f')
        l_1_t = resolve('t')
        l_1_bar_chart = resolve('bar_chart')
        l_1_state_table = resolve('state_table')
        l_1_line_chart = resolve('line_chart')
        l_1_history_table = resolve('history_table')
        l_1_obligation_list = resolve('obligation_list')
        l_1_limit = resolve('limit')
        l_1_ix = l_1_p = l_1_plan = l_1_base = missing
        _loop_vars = {}
        pass
        l_1_ix = environment.getattr(l_1_entry, 'ix')
        _loop_vars['ix'] = l_1_ix
        l_1_p = environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'p')
        _loop_vars['p'] = l_1_p
        l_1_plan = environment.getattr(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'data'), 'plan')
        _loop_vars['plan'] = l_1_plan
        l_1_base = markup_join((environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'), '/', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), '/', ))
        _loop_vars['base'] = l_1_base
        yield ''.join((
            '<section class="plan" id="plan-',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" data-plan="',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<h2>',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'number') or environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h2>\n',
        ))
        if environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'title'):
            pass
            yield ''.join((
                '<p class="lead">',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'title'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>',
            ))
        yield ''.join((
            '<p class="meta">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.period', start=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'span'), 'start'), _loop_vars=_loop_vars), end=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'span'), 'end'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ))
        if (environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'issuer') and environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'issued')):
            pass
            yield ''.join((
                ' · ',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.issued', issuer=environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'issuer'), date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr((undefined(name='plan') if l_1_plan is missing else l_1_plan), 'issued'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            ))
        yield '</p>\n'
        if (t_1((undefined(name='plans') if l_0_plans is missing else l_0_plans)) > 1):
            pass
            yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_1_plan_nav is missing else l_1_plan_nav), (undefined(name='ix') if l_1_ix is missing else l_1_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_1_href is missing else l_1_href), '', _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v))
        if (not t_2(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'final'))):
            pass
            l_1_f = environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'final')
            _loop_vars['f'] = l_1_f
            yield ''.join((
                '<section class="final" id="final-',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" data-end="',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'end'), 'isoformat'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n<h3>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'report.final'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</h3>\n<p><strong>',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'report.ended', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'end'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</strong></p>\n<table class="counts" id="final-table-',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n<caption class="sr">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'report.final'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</caption>\n<thead><tr><th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.state'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.count'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr></thead>\n<tbody>\n',
            ))
            _loop_vars = {}


            yield ''.join([''.join((
                    '<tr><th scope="row"><span class="dot s-',
                    (escape_inner(_v) if type(_v := (l_2_s)) is str else _v if type(_v) is Markup else escape(_v)),
                    '"></span>',
                    (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), l_2_key))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n" data-final="',
                    (escape_inner(_v) if type(_v := (l_2_field)) is str else _v if type(_v) is Markup else escape(_v)),
                    '" data-count="',
                    (escape_inner(_v) if type(_v := (l_2_n)) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_2_n, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</tr>\n',
                )) for (l_2_key, l_2_field, l_2_s, l_2_n) in ((('final.done', 'done', 'done', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'done')), ('final.done-late', 'done_late', 'done-late', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'done_late')), ('final.not-done', 'not_done', 'overdue', environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'not_done'))))])
            l_2_key = l_2_field = l_2_s = l_2_n = missing
            yield ''.join((
                '</tbody>\n<tfoot><tr><th scope="row">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'final.total'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n" data-final="total" data-count="',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'total'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'total'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr></tfoot>\n</table>\n<p data-final="indicators" data-met="',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_met'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" data-unmet="',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_unmet'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" data-missing="',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_missing'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'final.indicators', met=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_met'), _loop_vars=_loop_vars), unmet=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_unmet'), _loop_vars=_loop_vars), missing=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'indicators_missing'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>\n</section>\n',
            ))
        yield ''.join((
            '\n<div class="pair">\n<div>\n<h3>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'status.counts'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h3>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='bar_chart') if l_1_bar_chart is missing else l_1_bar_chart), environment.getattr(l_1_entry, 'states'), markup_join(('states-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<p class="note">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.obligation-note'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n</div>\n<div>',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='state_table') if l_1_state_table is missing else l_1_state_table), (undefined(name='w') if l_0_w is missing else l_0_w), environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'counts'), markup_join(('counts-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</div>\n</div>\n\n<h3>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.history'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h3>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='line_chart') if l_1_line_chart is missing else l_1_line_chart), environment.getattr(l_1_entry, 'history'), markup_join(('history-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<p class="note">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.history-note', date=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'date'), environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'status'), 'as_of'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='history_table') if l_1_history_table is missing else l_1_history_table), (undefined(name='w') if l_0_w is missing else l_0_w), environment.getattr(l_1_entry, 'history_rows'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n\n<h3>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'status.worst'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h3>\n',
        ))
        if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'worst_units'):
            pass
            yield ''.join((
                '<div class="scroll"><table class="worst" id="worst-',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n<thead><tr><th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.unit'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'state'), 'overdue', _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'total_days_col'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr></thead>\n<tbody>\n',
            ))
            for l_2_s in environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'worst_units'):
                l_2_reg = resolve('reg')
                _loop_vars = {}
                pass
                yield ''.join((
                    '<tr data-unit="',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_s, 'unit'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '"><th scope="row"><a href="',
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'unit/', environment.getitem(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'unit_slug'), environment.getattr(l_2_s, 'unit')), '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='reg') if l_2_reg is missing else l_2_reg), 'name'), environment.getattr(l_2_s, 'unit'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a><td class="n" data-count="',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_s, 'overdue'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_s, 'overdue'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n" data-count="',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_s, 'days_late'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_s, 'days_late'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</tr>\n',
                ))
            l_2_s = l_2_reg = missing
            yield '</tbody>\n</table></div>\n'
        else:
            pass
            yield ''.join((
                '<p>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>',
            ))
        yield ''.join((
            '<p class="more"><a href="',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'units.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.units-title'))) is str else _v if type(_v) is Markup else escape(_v)),
            ' (',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'units')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            ')</a></p>\n\n<h3>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.indicators'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</h3>\n',
        ))
        if environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'indicator_rows'):
            pass
            yield ''.join((
                '<div class="scroll"><table class="list" id="indicators-',
                (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n<thead><tr><th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.indicator'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.target'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.period'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.readings'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.met-count'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.value'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr></thead>\n<tbody>\n',
            ))
            _loop_vars = {}


            yield ''.join([''.join((
                    '<tr><td><a href="',
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'indicator/', environment.getitem(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'indicator_slug'), environment.getattr(l_2_r, 'id')), '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'name'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a><td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'target'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td>',
                    (escape_inner(_v) if type(_v := ((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr(l_2_r, 'period'), _loop_vars=_loop_vars) if environment.getattr(l_2_r, 'period') else '—'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_r, 'readings'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    ' / ',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_r, 'expected'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_r, 'met'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := ((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_2_r, 'value'), _loop_vars=_loop_vars) if (not t_2(environment.getattr(l_2_r, 'value'))) else ''))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</tr>\n',
                )) for l_2_r in (environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'indicator_rows'))])
            l_2_r = missing
            yield '</tbody>\n</table></div>\n'
        else:
            pass
            yield ''.join((
                '<p>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>',
            ))
        yield ''.join((
            '\n<h3>',
            (escape_inner(_v) if type(_v := ((environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'status.overdue') if t_2(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'final')) else environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'report.not-done')))) is str else _v if type(_v) is Markup else escape(_v)),
            ' (',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'overdue')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            ')</h3>\n',
        ))
        if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'overdue'):
            pass
            yield ''.join((
                (escape_inner(_v) if type(_v := (context.call((undefined(name='obligation_list') if l_1_obligation_list is missing else l_1_obligation_list), (undefined(name='w') if l_0_w is missing else l_0_w), 'overdue', environment.getitem(environment.getattr(l_1_entry, 'lists'), 'overdue'), markup_join((environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), '/', )), markup_join(('overdue-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), (undefined(name='limit') if l_1_limit is missing else l_1_limit), environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'days_col'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '\n<p class="more"><a href="',
                (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'overdue.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.more-by-task', count=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'overdue')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a></p>\n',
            ))
        else:
            pass
            yield ''.join((
                '<p>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</p>',
            ))
        yield '\n'
        if (t_2(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'final')) or environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'due_soon')):
            pass
            yield ''.join((
                '<h3>',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'status.due-soon', days=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'due_soon_days'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ' (',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'due_soon')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ')</h3>\n',
            ))
            if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'due_soon'):
                pass
                yield ''.join((
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='obligation_list') if l_1_obligation_list is missing else l_1_obligation_list), (undefined(name='w') if l_0_w is missing else l_0_w), 'due-soon', environment.getitem(environment.getattr(l_1_entry, 'lists'), 'due-soon'), markup_join((environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), '/', )), markup_join(('due-soon-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), (undefined(name='limit') if l_1_limit is missing else l_1_limit), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '\n<p class="more"><a href="',
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'due-soon.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.more-by-task', count=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'due_soon')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a></p>\n',
                ))
            else:
                pass
                yield ''.join((
                    '<p>',
                    (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</p>',
                ))
        yield '\n'
        if (t_2(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'final')) or environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'stale')):
            pass
            yield ''.join((
                '<h3>',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'status.stale', days=environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'stale_days'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ' (',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'stale')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ')</h3>\n',
            ))
            if environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'stale'):
                pass
                yield ''.join((
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='obligation_list') if l_1_obligation_list is missing else l_1_obligation_list), (undefined(name='w') if l_0_w is missing else l_0_w), 'stale', environment.getitem(environment.getattr(l_1_entry, 'lists'), 'stale'), markup_join((environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), '/', )), markup_join(('stale-', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'plan'), )), (undefined(name='limit') if l_1_limit is missing else l_1_limit), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '\n<p class="more"><a href="',
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), 'stale.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.more-by-task', count=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'stale')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a></p>\n',
                ))
            else:
                pass
                yield ''.join((
                    '<p>',
                    (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</p>',
                ))
        yield '</section>\n'
    l_1_entry = l_1_ix = l_1_p = l_1_plan = l_1_base = l_1_plan_nav = l_1_href = l_1_f = l_1_t = l_1_bar_chart = l_1_state_table = l_1_line_chart = l_1_history_table = l_1_obligation_list = l_1_limit = missing

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=14&2=17&3=26&4=40&5=52&6=74&7=99&8=102&9=116&10=118&11=120&12=122&13=126&14=130&15=133&16=142&17=151&18=154&21=160&22=164&23=166&24=168&25=170&26=172&28=177&29=182&32=196&34=202&40=213&41=215&42=217&44=219&47=221&48=223&49=225&50=227&52=229&53=232&54=236&55=238&57=245&58=251&62=272&63=277&65=283&66=286&67=290&68=292&70=305&71=310&75=333&77=338&78=343&79=346&80=348&81=357&84=361&85=365&86=370&87=373&88=375&89=384&92=388&93=392&94=397&95=400&96=402&97=411'