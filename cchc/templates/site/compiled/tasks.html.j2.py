# compiled by cchc from its template: b7af6716731fc02748ea0437fd1254c37e7b8a90fe5f2699bf9dc0c4ebaa19b0
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tasks.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html.j2', 'tasks.html.j2')
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
    yield (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.tasks-title'))) is str else _v if type(_v) is Markup else escape(_v))

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
    yield (escape_inner(_v) if type(_v := (context.call((undefined(name='plan_nav') if l_0_plan_nav is missing else l_0_plan_nav), (undefined(name='ix') if l_0_ix is missing else l_0_ix), (undefined(name='w') if l_0_w is missing else l_0_w), (undefined(name='href') if l_0_href is missing else l_0_href), 'tasks', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v))

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
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.tasks-title'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' (',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), t_1(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'task_rows')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        ')</h1>\n<p class="meta">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 't'), 'site.plan-heading', number=(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'p'), 'plan')), _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n',
        (escape_inner(_v) if type(_v := (context.call((undefined(name='filter_box') if l_0_filter_box is missing else l_0_filter_box), (undefined(name='w') if l_0_w is missing else l_0_w), 'tasks', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '\n<div class="scroll"><table class="list wide" id="tasks">\n<thead><tr><th scope="col">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.task'))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.title'))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.lead'))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'col.due'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</th>\n<th scope="col" class="n">',
        (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'state'), 'overdue', _block_vars=_block_vars))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col" class="n">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.series.done'))) is str else _v if type(_v) is Markup else escape(_v)),
        '<th scope="col" class="n">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.col.obligations'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</tr></thead>\n<tbody>\n',
    ))
    for l_1_r in environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'task_rows'):
        l_1_href = resolve('href')
        _loop_vars = {}
        pass
        yield ''.join((
            '<tr><th scope="row"><a href="',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='href') if l_1_href is missing else l_1_href), markup_join(((undefined(name='base') if l_0_base is missing else l_0_base), 'task/', environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'task_slug'), environment.getattr(environment.getattr(l_1_r, 'task'), 'id')), '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr(l_1_r, 'task'), 'id'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</a></th>\n<td>',
            (escape_inner(_v) if type(_v := ((environment.getattr(environment.getattr(l_1_r, 'task'), 'title') or ''))) is str else _v if type(_v) is Markup else escape(_v)),
            '<td>',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_r, 'lead'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<td>',
            (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr(environment.getattr(l_1_r, 'task'), 'due'), 'written'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</td>\n<td class="n">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'overdue'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'done'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n">',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'num'), environment.getattr(l_1_r, 'total'), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr>\n',
        ))
    l_1_r = l_1_href = missing
    yield '</tbody>\n</table></div>\n'

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '1=13&2=18&3=29&4=43&5=62&6=66&7=70&8=72&10=74&11=82&13=89&14=95&15=99&16=105'