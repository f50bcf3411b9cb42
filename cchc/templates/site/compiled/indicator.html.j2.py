# compiled by cchc from its template: 2733d32ae423a4a32e1c27e3c807a5d66882076ac59e971dae7c4373f2535f03
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'indicator.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_ih = resolve('ih')
    l_0_line_chart = l_0_gap_rows = l_0_ind = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'indicator.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_charts.html.j2', 'indicator.html.j2').module
    l_0_line_chart = getattr(included_template, 'line_chart', missing)
    if l_0_line_chart is missing:
        l_0_line_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'indicator.html.j2') does not export the requested name 'line_chart'", name='line_chart')
    context.vars['line_chart'] = l_0_line_chart
    context.exported_vars.discard('line_chart')
    included_template = environment.get_template('_tables.html.j2', 'indicator.html.j2').module
    l_0_gap_rows = getattr(included_template, 'gap_rows', missing)
    if l_0_gap_rows is missing:
        l_0_gap_rows = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'indicator.html.j2') does not export the requested name 'gap_rows'", name='gap_rows')
    context.vars['gap_rows'] = l_0_gap_rows
    context.exported_vars.discard('gap_rows')
    l_0_ind = environment.getattr((undefined(name='ih') if l_0_ih is missing else l_0_ih), 'indicator')
    context.vars['ind'] = l_0_ind
    context.exported_vars.add('ind')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ind = resolve('ind')
    pass
    yield (escape_inner(_v) if type(_v := ((environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'name') or environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'id')))) is str else _v if type(_v) is Markup else escape(_v))

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
    l_0_ind = resolve('ind')
    l_0_t = resolve('t')
    l_0_w = resolve('w')
    l_0_reg = resolve('reg')
    l_0_ih = resolve('ih')
    l_0_line_chart = resolve('line_chart')
    l_0_chart = resolve('chart')
    l_0_gaps = resolve('gaps')
    l_0_filter_box = resolve('filter_box')
    l_0_gap_rows = resolve('gap_rows')
    l_0_gap_rows_of = resolve('gap_rows_of')
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
        (escape_inner(_v) if type(_v := ((environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'name') or environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'id')))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h1>\n<dl class="facts">\n<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.target'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
        (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'target'), 'written'))) is str else _v if type(_v) is Markup else escape(_v)),
    ))
    if environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'framework'):
        pass
        yield ''.join((
            ' (',
            (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'framework'))) is str else _v if type(_v) is Markup else escape(_v)),
            ')',
        ))
    yield ''.join((
        '</dd>\n<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.frequency'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), markup_join(('site.freq.', environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'frequency'), )), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dd>\n<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.per'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), ('site.indicator.locality' if (environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'per') == 'locality') else 'site.indicator.per-unit'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dd>\n<dt>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.task.lead'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dt><dd>',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='reg') if l_0_reg is missing else l_0_reg), 'name'), environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'owner'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</dd>\n</dl>\n<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.indicator.trend'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</h2>\n',
    ))
    if environment.getattr((undefined(name='ih') if l_0_ih is missing else l_0_ih), 'periods'):
        pass
        yield ''.join((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='line_chart') if l_0_line_chart is missing else l_0_line_chart), (undefined(name='chart') if l_0_chart is missing else l_0_chart), 'trend', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n<details class="chart-data" open>\n<summary>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.chart-data'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</summary>\n<div class="scroll"><table id="trend-data">\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.period'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</th>\n',
        ))
        if (environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'per') == 'locality'):
            pass
            yield ''.join((
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.value'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.met'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
        else:
            pass
            yield ''.join((
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.readings'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.met-count'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.median'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.lowest'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.highest'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>',
            ))
        yield '</tr></thead>\n<tbody>\n'
        for l_1_pr in environment.getattr((undefined(name='ih') if l_0_ih is missing else l_0_ih), 'periods'):
            l_1_v = resolve('v')
            _loop_vars = {}
            pass
            yield ''.join((
                '<tr><th scope="row">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr(l_1_pr, 'period'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
            if (environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'per') == 'locality'):
                pass
                l_1_v = context.call(environment.getattr(environment.getattr(l_1_pr, 'values'), 'get'), None, _loop_vars=_loop_vars)
                _loop_vars['v'] = l_1_v
                yield ''.join((
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := ((context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), (undefined(name='v') if l_1_v is missing else l_1_v), _loop_vars=_loop_vars) if (not t_2((undefined(name='v') if l_1_v is missing else l_1_v))) else environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'word.no-reading')))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td>',
                    (escape_inner(_v) if type(_v := (('' if t_2((undefined(name='v') if l_1_v is missing else l_1_v)) else context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), ('word.yes' if environment.getattr(l_1_pr, 'met') else 'word.no'), _loop_vars=_loop_vars)))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>\n',
                ))
            else:
                pass
                yield ''.join((
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr(l_1_pr, 'values')), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    ' / ',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_pr, 'expected'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_pr, 'met'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_pr, 'median'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_pr, 'lowest'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_pr, 'highest'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>',
                ))
            yield '</tr>\n'
        l_1_pr = l_1_v = missing
        yield '</tbody>\n</table></div>\n</details>\n'
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))
    yield ''.join((
        '<h2>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.indicator.units'))) is str else _v if type(_v) is Markup else escape(_v)),
    ))
    if (undefined(name='gaps') if l_0_gaps is missing else l_0_gaps):
        pass
        yield ''.join((
            ': ',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'period'), environment.getattr(environment.getitem((undefined(name='gaps') if l_0_gaps is missing else l_0_gaps), 0), 'period'), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ))
    yield ''.join((
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1((undefined(name='gaps') if l_0_gaps is missing else l_0_gaps)), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h2>\n',
    ))
    if (undefined(name='gaps') if l_0_gaps is missing else l_0_gaps):
        pass
        if (t_1((undefined(name='gaps') if l_0_gaps is missing else l_0_gaps)) > 10):
            pass
            yield (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'gaps', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))
        yield ''.join((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='gap_rows') if l_0_gap_rows is missing else l_0_gap_rows), (undefined(name='w') if l_0_w is missing else l_0_w), context.call((undefined(name='gap_rows_of') if l_0_gap_rows_of is missing else l_0_gap_rows_of), (undefined(name='gaps') if l_0_gaps is missing else l_0_gaps), _block_vars=_block_vars), '../', 'gaps', with_indicator=False, _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '\n',
        ))
    else:
        pass
        yield ''.join((
            '<p>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.none'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>',
        ))

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=15&2=18&3=24&4=30&5=35&6=46&7=60&8=93&10=95&11=108&12=112&13=116&15=120&16=123&17=126&19=128&21=130&22=133&23=146&26=158&27=164&28=167&29=182&35=202&36=207&37=220&38=222&39=226&40=233'