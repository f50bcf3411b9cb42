# compiled by cchc from its template: 4d6a0add5ab3bd7b252c0166d65915bb903c6b0c03a21f2146f8fc644e8536c9
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_fragments.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_unit_link = l_0_obligation_head = l_0_obligation_tail = l_0_task_cells = l_0_unit_list = missing
    pass
    def macro(l_1_name, l_1_page):
        t_1 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_page is missing:
            l_1_page = undefined("parameter 'page' was not provided", name='page')
        pass
        if l_1_page:
            pass
            t_1.extend((
                '<a href="../',
                (escape_inner(_v) if type(_v := (l_1_page)) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (l_1_name)) is str else _v if type(_v) is Markup else escape(_v)),
                '</a>',
            ))
        else:
            pass
            t_1.append(
                (escape_inner(_v) if type(_v := (l_1_name)) is str else _v if type(_v) is Markup else escape(_v)),
            )
        return concat(t_1)
    context.exported_vars.add('unit_link')
    context.vars['unit_link'] = l_0_unit_link = Macro(environment, macro, 'unit_link', ('name', 'page'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_state, l_1_cells, l_1_label, l_1_due, l_1_days):
        t_2 = []
        if l_1_state is missing:
            l_1_state = undefined("parameter 'state' was not provided", name='state')
        if l_1_cells is missing:
            l_1_cells = undefined("parameter 'cells' was not provided", name='cells')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_due is missing:
            l_1_due = undefined("parameter 'due' was not provided", name='due')
        if l_1_days is missing:
            l_1_days = undefined("parameter 'days' was not provided", name='days')
        pass
        t_2.extend((
            '<tr class="s-',
            (escape_inner(_v) if type(_v := (l_1_state)) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := (l_1_cells)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="st">',
            (escape_inner(_v) if type(_v := (l_1_label)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td>',
            (escape_inner(_v) if type(_v := (l_1_due)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n">',
            (escape_inner(_v) if type(_v := (l_1_days)) is str else _v if type(_v) is Markup else escape(_v)),
        ))
        return concat(t_2)
    context.exported_vars.add('obligation_head')
    context.vars['obligation_head'] = l_0_obligation_head = Macro(environment, macro, 'obligation_head', ('state', 'cells', 'label', 'due', 'days'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_occurrences, l_1_last):
        t_3 = []
        if l_1_occurrences is missing:
            l_1_occurrences = undefined("parameter 'occurrences' was not provided", name='occurrences')
        if l_1_last is missing:
            l_1_last = undefined("parameter 'last' was not provided", name='last')
        pass
        t_3.extend((
            '<td class="n">',
            (escape_inner(_v) if type(_v := (l_1_occurrences)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td>',
            (escape_inner(_v) if type(_v := (l_1_last)) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr>',
        ))
        return concat(t_3)
    context.exported_vars.add('obligation_tail')
    context.vars['obligation_tail'] = l_0_obligation_tail = Macro(environment, macro, 'obligation_tail', ('occurrences', 'last'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_task, l_1_page, l_1_title):
        t_4 = []
        if l_1_task is missing:
            l_1_task = undefined("parameter 'task' was not provided", name='task')
        if l_1_page is missing:
            l_1_page = undefined("parameter 'page' was not provided", name='page')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_4.extend((
            '<td><a href="../',
            (escape_inner(_v) if type(_v := (l_1_page)) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := (l_1_task)) is str else _v if type(_v) is Markup else escape(_v)),
            '</a><td>',
            (escape_inner(_v) if type(_v := (l_1_title)) is str else _v if type(_v) is Markup else escape(_v)),
        ))
        return concat(t_4)
    context.exported_vars.add('task_cells')
    context.vars['task_cells'] = l_0_task_cells = Macro(environment, macro, 'task_cells', ('task', 'page', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_5 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_5.append(
            '<ul class="units">\n',
        )
        for (l_2_link, l_2_days) in l_1_items:
            _loop_vars = {}
            pass
            t_5.extend((
                '<li>',
                (escape_inner(_v) if type(_v := (l_2_link)) is str else _v if type(_v) is Markup else escape(_v)),
            ))
            if l_2_days:
                pass
                t_5.extend((
                    ' <span class="days">',
                    (escape_inner(_v) if type(_v := (l_2_days)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</span>',
                ))
            t_5.append(
                '</li>\n',
            )
        l_2_link = l_2_days = missing
        t_5.append(
            '</ul>\n',
        )
        return concat(t_5)
    context.exported_vars.add('unit_list')
    context.vars['unit_list'] = l_0_unit_list = Macro(environment, macro, 'unit_list', ('items',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '7=13&8=37&9=65&10=82&11=102&13=110&14=115'