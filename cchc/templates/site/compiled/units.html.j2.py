# compiled by cchc from its template: 6562558ec8b94f100d19fa51b9709e7f41c7ae0012b259da174edcf2bb2742ce
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'units.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html.j2', 'units.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
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
    yield (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.units-title'))) is str else _v if type(_v) is Markup else escape(_v))

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
    yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), (undefined(name='ix') if l_0_ix is missing else l_0_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), 'units', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

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
    l_0_filter_box = resolve('filter_box')
    l_0_STATES = resolve('STATES')
    l_0_unit_table = resolve('unit_table')
    l_0_base = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_base = markup_join((environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'), '/', environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan'), '/', ))
    _block_vars['base'] = l_0_base
    yield ''.join((
        '<h1>',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.units-title'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'units')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'units', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n<div class="scroll"><table class="list wide" id="units">\n<thead><tr><th scope="col">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</th>\n',
    ))
    _loop_vars = {}


    yield ''.join([''.join((
            '<th scope="col" class="n"><span class="dot s-',
            (escape_inner(_v) if type(_v := (l_1_s)) is str else _v if type(_v) is Markup else escape(_v)),
            '"></span>',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'state'), l_1_s, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</th>',
        )) for l_1_s in (undefined(name='STATES') if l_0_STATES is missing else l_0_STATES)])
    l_1_s = missing
    yield ''.join((
        '<th scope="col" class="n">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.total'))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col" class="n">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.done-share'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</tr></thead>\n<tbody>\n',
    ))
    for (l_1_u, l_1_slug, l_1_name, l_1_counts, l_1_total, l_1_share) in context.call((undefined(name='unit_table') if l_0_unit_table is missing else l_0_unit_table), _block_vars=_block_vars):
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield ''.join((
            '<tr data-unit="',
            (escape_inner(_v) if type(_v := (l_1_u)) is str else _v if type(_v) is Markup else escape(_v)),
            '"><th scope="row"><a href="',
            (escape_inner(_v) if type(_v := ((undefined(name='root') if l_1_root is missing else l_1_root))) is str else _v if type(_v) is Markup else escape(_v)),
            (escape_inner(_v) if type(_v := ((undefined(name='base') if l_0_base is missing else l_0_base))) is str else _v if type(_v) is Markup else escape(_v)),
            'unit/',
            (escape_inner(_v) if type(_v := (l_1_slug)) is str else _v if type(_v) is Markup else escape(_v)),
            '.html">',
            (escape_inner(_v) if type(_v := (l_1_name)) is str else _v if type(_v) is Markup else escape(_v)),
            '</a></th>\n',
        ))



        yield ''.join([''.join((
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_count)) is str else _v if type(_v) is Markup else escape(_v)),
                '</td>',
            )) for l_2_count in (l_1_counts)])
        l_2_count = missing
        yield ''.join((
            '<td class="n">',
            (escape_inner(_v) if type(_v := (l_1_total)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n">',
            (escape_inner(_v) if type(_v := (l_1_share)) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr>\n',
        ))
    l_1_u = l_1_slug = l_1_name = l_1_counts = l_1_total = l_1_share = l_1_root = missing
    yield '</tbody>\n</table></div>\n'

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=13&2=18&3=29&4=43&5=64&6=68&7=72&8=74&10=76&11=79&12=92&14=97&15=103&16=113&17=124'