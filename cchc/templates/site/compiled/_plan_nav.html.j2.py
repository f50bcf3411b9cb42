# compiled by cchc from its template: 3c07d1096a8da69996f58cf2c02e60ae7fe438fa029cdc9c430576a1e117c2ce
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_plan_nav.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plan_nav = missing
    pass
    def macro(l_1_ix, l_1_w, l_1_href, l_1_current):
        t_1 = []
        l_1_t = l_1_base = missing
        if l_1_ix is missing:
            l_1_ix = undefined("parameter 'ix' was not provided", name='ix')
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_href is missing:
            l_1_href = undefined("parameter 'href' was not provided", name='href')
        if l_1_current is missing:
            l_1_current = undefined("parameter 'current' was not provided", name='current')
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        l_1_base = markup_join((environment.getattr(l_1_w, 'lang'), '/', environment.getattr(environment.getattr(l_1_ix, 'p'), 'plan'), '/', ))
        t_1.extend((
            '<nav class="plan" aria-label="',
            (escape_inner(_v) if type(_v := ((environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_1_ix, 'p'), 'data'), 'plan'), 'number') or environment.getattr(environment.getattr(l_1_ix, 'p'), 'plan')))) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<a href="',
            (escape_inner(_v) if type(_v := (context.call(l_1_href, markup_join((environment.getattr(l_1_w, 'lang'), '/index.html', ))))) is str else _v if type(_v) is Markup else escape(_v)),
            '"',
        ))
        if (l_1_current == 'overview'):
            pass
            t_1.append(
                ' aria-current="page"',
            )
        t_1.extend((
            '>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.nav.overview'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</a>\n',
        ))
        for l_2_key in ['units', 'tasks', 'overdue', 'indicators']:
            _loop_vars = {}
            pass
            t_1.extend((
                '<a href="',
                (escape_inner(_v) if type(_v := (context.call(l_1_href, markup_join(((undefined(name='base') if l_1_base is missing else l_1_base), l_2_key, '.html', )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '"',
            ))
            if (l_1_current == l_2_key):
                pass
                t_1.append(
                    ' aria-current="page"',
                )
            t_1.extend((
                '>',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr(l_1_w, 't'), markup_join(('site.nav.', l_2_key, )), _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a>\n',
            ))
        l_2_key = missing
        t_1.append(
            '</nav>\n',
        )
        return concat(t_1)
    context.exported_vars.add('plan_nav')
    context.vars['plan_nav'] = l_0_plan_nav = Macro(environment, macro, 'plan_nav', ('ix', 'w', 'href', 'current'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '1=13&2=25&3=26&4=29&5=31&6=44&7=49'