# compiled by cchc from its template: 1e327d05d9b98679f4b18391a5db5d53f19ee4694d6230324f17567f9d344a36
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'records.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_w = resolve('w')
    l_0_month = resolve('month')
    l_0_record_rows = l_0_heading = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'records.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_tables.html.j2', 'records.html.j2').module
    l_0_record_rows = getattr(included_template, 'record_rows', missing)
    if l_0_record_rows is missing:
        l_0_record_rows = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'records.html.j2') does not export the requested name 'record_rows'", name='record_rows')
    context.vars['record_rows'] = l_0_record_rows
    context.exported_vars.discard('record_rows')
    l_0_heading = context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.records-title', month=context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr((undefined(name='month') if l_0_month is missing else l_0_month), 'month')))
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
    l_0_heading = resolve('heading')
    l_0_month = resolve('month')
    l_0_t = resolve('t')
    l_0_older = resolve('older')
    l_0_href = resolve('href')
    l_0_newer = resolve('newer')
    l_0_filter_box = resolve('filter_box')
    l_0_record_rows = resolve('record_rows')
    l_0_groups = resolve('groups')
    l_0_base = missing
    pass
    l_0_base = markup_join((environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'), '/', environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan'), '/', ))
    _block_vars['base'] = l_0_base
    yield ''.join((
        '<h1>',
        (escape_inner(_v) if type(_v := ((undefined(name='heading') if l_0_heading is missing else l_0_heading))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr((undefined(name='month') if l_0_month is missing else l_0_month), 'count'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n<nav class="months" aria-label="',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.records'))) is str else _v if type(_v) is Markup else escape(_v)),
        '">\n',
    ))
    if (undefined(name='older') if l_0_older is missing else l_0_older):
        pass
        yield ''.join((
            '<a href="',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_0_href is missing else l_0_href), markup_join(((undefined(name='base') if l_0_base is missing else l_0_base), environment.getattr((undefined(name='older') if l_0_older is missing else l_0_older), 'page'), )), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '" rel="prev">← ',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr((undefined(name='older') if l_0_older is missing else l_0_older), 'month'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</a>',
        ))
    if (undefined(name='newer') if l_0_newer is missing else l_0_newer):
        pass
        yield ''.join((
            '<a href="',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_0_href is missing else l_0_href), markup_join(((undefined(name='base') if l_0_base is missing else l_0_base), environment.getattr((undefined(name='newer') if l_0_newer is missing else l_0_newer), 'page'), )), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '" rel="next">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr((undefined(name='newer') if l_0_newer is missing else l_0_newer), 'month'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            ' →</a>',
        ))
    yield ''.join((
        '</nav>\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'records', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n<div class="scroll"><table class="list" id="records">\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='record_rows') if l_0_record_rows is missing else l_0_record_rows), (undefined(name='w') if l_0_w is missing else l_0_w), None, _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n',
    ))
    _loop_vars = {}


    yield ''.join([''.join((''.join((
            '<tbody id="task-',
            (escape_inner(_v) if type(_v := (l_1_slug)) is str else _v if type(_v) is Markup else escape(_v)),
            '" data-group>\n<tr class="group"><th colspan="6" scope="rowgroup"><a href="../task/',
            (escape_inner(_v) if type(_v := (l_1_slug)) is str else _v if type(_v) is Markup else escape(_v)),
            '.html">',
            (escape_inner(_v) if type(_v := (l_1_task)) is str else _v if type(_v) is Markup else escape(_v)),
            '</a> ',
            (escape_inner(_v) if type(_v := (l_1_title)) is str else _v if type(_v) is Markup else escape(_v)),
            ' (',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), l_1_count, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            ')</tr>\n',
        )),



    ''.join([''.join((
                '<tr><td>',
                (escape_inner(_v) if type(_v := (l_2_day)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_unit)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_status)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_period)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_note)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_evidence)) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr>\n',
            )) for (l_2_day, l_2_unit, l_2_status, l_2_period, l_2_note, l_2_evidence) in (l_1_rows)]),

    '</tbody>\n')) for (l_1_slug, l_1_task, l_1_title, l_1_count, l_1_rows) in (undefined(name='groups') if l_0_groups is missing else l_0_groups)])
    l_1_slug = l_1_task = l_1_title = l_1_count = l_1_rows = missing
    yield '</table></div>\n'

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=16&2=19&3=25&4=30&5=41&6=55&7=75&8=79&9=83&10=85&11=88&12=97&14=108&16=110&17=113&18=118&19=120&20=129&21=134'