# compiled by cchc from its template: 6ccf0076e15bd8ed9bccf07f8352ba73fd877b12ba90c9dcb055c77587f68520
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'task.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_bar_chart = l_0_state_table = l_0_record_rows = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'task.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_charts.html.j2', 'task.html.j2').module
    l_0_bar_chart = getattr(included_template, 'bar_chart', missing)
    if l_0_bar_chart is missing:
        l_0_bar_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'task.html.j2') does not export the requested name 'bar_chart'", name='bar_chart')
    context.vars['bar_chart'] = l_0_bar_chart
    context.exported_vars.discard('bar_chart')
    included_template = environment.get_template('_tables.html.j2', 'task.html.j2').module
    l_0_state_table = getattr(included_template, 'state_table', missing)
    if l_0_state_table is missing:
        l_0_state_table = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'task.html.j2') does not export the requested name 'state_table'", name='state_table')
    l_0_record_rows = getattr(included_template, 'record_rows', missing)
    if l_0_record_rows is missing:
        l_0_record_rows = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'task.html.j2') does not export the requested name 'record_rows'", name='record_rows')
    context.vars.update({'state_table': l_0_state_table, 'record_rows': l_0_record_rows})
    context.exported_vars.difference_update(('state_table', 'record_rows'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_task = resolve('task')
    pass
    yield ''.join((
        (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'id'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' ',
        (escape_inner(_v) if type(_v := ((environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'title') or ''))) is str else _v if type(_v) is Markup else escape(_v)),
    ))

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
    l_0_w = resolve('w')
    l_0_ix = resolve('ix')
    l_0_task = resolve('task')
    l_0_t = resolve('t')
    l_0_bar_chart = resolve('bar_chart')
    l_0_states = resolve('states')
    l_0_state_table = resolve('state_table')
    l_0_counts = resolve('counts')
    l_0_total = resolve('total')
    l_0_groups = resolve('groups')
    l_0_filter_box = resolve('filter_box')
    l_0_present = resolve('present')
    l_0_record_count = resolve('record_count')
    l_0_records = resolve('records')
    l_0_record_rows = resolve('record_rows')
    l_0_months = resolve('months')
    l_0_base = missing
    pass
    l_0_base = markup_join((environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'), '/', environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan'), '/', ))
    _block_vars['base'] = l_0_base
    yield ''.join((
        '<h1><span class="id">',
        (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'id'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</span> ',
        (escape_inner(_v) if type(_v := ((environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'title') or ''))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h1>\n<dl class="facts">\n<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.due'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
        (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'due'), 'written'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), markup_join(('kind.', environment.getattr(environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'due'), 'kind'), )), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</dd>\n',
    ))
    if environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'section'):
        pass
        yield ''.join((
            '<dt>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.section'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dt><dd>',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'section'))) is str else _v if type(_v) is Markup else escape(_v)),
            ' ',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'sections'), 'get'), environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'section'), '', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dd>',
        ))
    yield ''.join((
        '<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.lead'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
    ))
    l_1_loop = missing
    for l_1_u, l_1_loop in LoopContext(environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'lead'), undefined):
        l_1_reg = resolve('reg')
        _loop_vars = {}
        pass
        yield (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='reg') if l_1_reg is missing else l_1_reg), 'name'), l_1_u, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v))
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '; '
    l_1_loop = l_1_u = l_1_reg = missing
    yield '</dd>\n'
    if environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'support'):
        pass
        yield ''.join((
            '<dt>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.support'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dt><dd>',
        ))
        l_1_loop = missing
        for l_1_u, l_1_loop in LoopContext(environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'support'), undefined):
            l_1_reg = resolve('reg')
            _loop_vars = {}
            pass
            yield (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='reg') if l_1_reg is missing else l_1_reg), 'name'), l_1_u, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_u = l_1_reg = missing
        yield '</dd>'
    if environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'indicators'):
        pass
        yield ''.join((
            '<dt>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.indicators'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dt><dd>',
        ))
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'indicators'), undefined):
            l_1_href = resolve('href')
            _loop_vars = {}
            pass
            if (l_1_i in environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_slug')):
                pass
                yield ''.join((
                    '<a href="',
                    (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_0_base is missing else l_0_base), 'indicator/', environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_slug'), l_1_i), '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'indicator_names'), 'get'), l_1_i, l_1_i, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a>',
                ))
            else:
                pass
                yield (escape_inner(_v) if type(_v := (l_1_i)) is str else _v if type(_v) is Markup else escape(_v))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_i = l_1_href = missing
        yield '</dd>'
    if environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'note'):
        pass
        yield ''.join((
            '<dt>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.note'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dt><dd>',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'note'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</dd>',
        ))
    yield '</dl>\n'
    if environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'text'):
        pass
        yield ''.join((
            '<blockquote class="text">',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'text'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</blockquote>',
        ))
    yield ''.join((
        '<div class="pair">\n<div>',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='bar_chart') if l_0_bar_chart is missing else l_0_bar_chart), (undefined(name='states') if l_0_states is missing else l_0_states), 'states', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</div>\n<div>',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='state_table') if l_0_state_table is missing else l_0_state_table), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='counts') if l_0_counts is missing else l_0_counts), 'counts', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</div>\n</div>\n<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.units'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (undefined(name='total') if l_0_total is missing else l_0_total), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h2>\n',
    ))
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield ''.join((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'units', (undefined(name='present') if l_0_present is missing else l_0_present), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<div class="groups" id="units">\n',
        ))
        for (l_1_state, l_1_label, l_1_count, l_1_units, l_1_note) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            _loop_vars = {}
            pass
            yield ''.join((
                '<section class="group" id="state-',
                (escape_inner(_v) if type(_v := (l_1_state)) is str else _v if type(_v) is Markup else escape(_v)),
                '" data-state="',
                (escape_inner(_v) if type(_v := (l_1_state)) is str else _v if type(_v) is Markup else escape(_v)),
                '" data-group>\n<h3><span class="dot s-',
                (escape_inner(_v) if type(_v := (l_1_state)) is str else _v if type(_v) is Markup else escape(_v)),
                '"></span>',
                (escape_inner(_v) if type(_v := (l_1_label)) is str else _v if type(_v) is Markup else escape(_v)),
                ' (',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_1_count, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ')',
            ))
            if l_1_note:
                pass
                yield ''.join((
                    ' <small class="note">',
                    (escape_inner(_v) if type(_v := (l_1_note)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</small>',
                ))
            yield ''.join((
                '</h3>\n',
                (escape_inner(_v) if type(_v := (l_1_units)) is str else _v if type(_v) is Markup else escape(_v)),
                '</section>\n',
            ))
        l_1_state = l_1_label = l_1_count = l_1_units = l_1_note = missing
        yield '</div>\n'
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))
    yield ''.join((
        '<h2 id="records-heading">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.records'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (undefined(name='record_count') if l_0_record_count is missing else l_0_record_count), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h2>\n',
    ))
    if (undefined(name='records') if l_0_records is missing else l_0_records):
        pass
        yield ''.join((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'records', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<div class="scroll"><table class="list" id="records">\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='record_rows') if l_0_record_rows is missing else l_0_record_rows), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='records') if l_0_records is missing else l_0_records), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n</table></div>\n',
        ))
    if (undefined(name='months') if l_0_months is missing else l_0_months):
        pass
        yield ''.join((
            '<p class="note">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.by-month'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n<ul class="months">\n',
        ))
        _loop_vars = {}


        yield ''.join([''.join((
                '<li><a href="../',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_m, 'page'))) is str else _v if type(_v) is Markup else escape(_v)),
                '#task-',
                (escape_inner(_v) if type(_v := (environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'task_slug'), environment.getattr((undefined(name='task') if l_0_task is missing else l_0_task), 'id')))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr(l_1_m, 'month'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a> (',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_1_count, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                ')</li>\n',
            )) for (l_1_m, l_1_count) in (undefined(name='months') if l_0_months is missing else l_0_months)])
        l_1_m = l_1_count = missing
        yield '</ul>\n'
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=14&2=17&3=23&4=34&5=49&6=63&7=88&8=92&10=96&11=103&12=116&13=130&14=148&15=177&17=187&19=196&20=198&22=200&23=205&24=208&26=211&27=216&28=220&29=236&32=245&33=250&34=255&35=258&37=260&40=263&41=267&43=270&44=275&47=290'