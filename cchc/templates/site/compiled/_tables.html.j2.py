# compiled by cchc from its template: 8cf70d2e08f535fb0cd14c7b4459e6916a11acb4a16011e31a5ac473dc9f6341
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_tables.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_filter_box = l_0_state_row = l_0_state_table = l_0_history_table = l_0_obligation_list = l_0_gap_rows = l_0_record_rows = missing
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
    def macro(l_1_w, l_1_id, l_1_states):
        t_3 = []
        l_1_t = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_states is missing:
            l_1_states = None
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        t_3.extend((
            '<form class="filter" data-for="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '" hidden>\n<label>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.filter'))) is str else _v if type(_v) is Markup else escape(_v)),
            ' <input type="search" name="q" placeholder="',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.filter-hint'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" autocomplete="off"></label>\n',
        ))
        if l_1_states:
            pass
            t_3.extend((
                '<label>',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.filter-state'))) is str else _v if type(_v) is Markup else escape(_v)),
                ' <select name="state"><option value="">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.filter-all'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</option>\n',
            ))
            _loop_vars = {}


            t_3.append(''.join([''.join((
                    '<option value="',
                    (escape_inner(_v) if type(_v := (l_2_s)) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (context.call(environment.getattr(l_1_w, 'state'), l_2_s, _loop_vars=_loop_vars))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</option>',
                )) for l_2_s in (l_1_states)]))
            l_2_s = missing
            t_3.append(
                '</select></label>\n',
            )
        t_3.extend((
            '<output data-template="',
            (escape_inner(_v) if type(_v := (context.call(environment.getattr(l_1_w, 't'), 'site.filter-shown', shown='{shown}', total='{total}'))) is str else _v if type(_v) is Markup else escape(_v)),
            '"></output>\n</form>\n',
        ))
        return concat(t_3)
    context.exported_vars.add('filter_box')
    context.vars['filter_box'] = l_0_filter_box = Macro(environment, macro, 'filter_box', ('w', 'id', 'states'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_s, l_1_label, l_1_count, l_1_count_shown):
        t_4 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        if l_1_count_shown is missing:
            l_1_count_shown = undefined("parameter 'count_shown' was not provided", name='count_shown')
        pass
        t_4.extend((
            '<tr><th scope="row"><span class="dot s-',
            (escape_inner(_v) if type(_v := (l_1_s)) is str else _v if type(_v) is Markup else escape(_v)),
            '"></span>',
            (escape_inner(_v) if type(_v := (l_1_label)) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n" data-state="',
            (escape_inner(_v) if type(_v := (l_1_s)) is str else _v if type(_v) is Markup else escape(_v)),
            '" data-count="',
            (escape_inner(_v) if type(_v := (l_1_count)) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := (l_1_count_shown)) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr>\n',
        ))
        return concat(t_4)
    context.exported_vars.add('state_row')
    context.vars['state_row'] = l_0_state_row = Macro(environment, macro, 'state_row', ('s', 'label', 'count', 'count_shown'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_w, l_1_counts, l_1_id):
        t_5 = []
        l_1_t = l_1_rows = l_1_total = l_1_shown = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_counts is missing:
            l_1_counts = undefined("parameter 'counts' was not provided", name='counts')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        (l_1_rows, l_1_total, l_1_shown) = context.call(environment.getattr(l_1_w, 'count_rows'), l_1_counts, (undefined(name='state_row') if l_0_state_row is missing else l_0_state_row))
        t_5.extend((
            '<table class="counts" id="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<caption class="sr">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'status.counts'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</caption>\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.state'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.count'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n<tbody>\n',
            (escape_inner(_v) if type(_v := ((undefined(name='rows') if l_1_rows is missing else l_1_rows))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tbody>\n<tfoot><tr><th scope="row">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.total'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<td class="n" data-count="',
            (escape_inner(_v) if type(_v := ((undefined(name='total') if l_1_total is missing else l_1_total))) is str else _v if type(_v) is Markup else escape(_v)),
            '">',
            (escape_inner(_v) if type(_v := ((undefined(name='shown') if l_1_shown is missing else l_1_shown))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></tfoot>\n</table>\n',
        ))
        return concat(t_5)
    context.exported_vars.add('state_table')
    context.vars['state_table'] = l_0_state_table = Macro(environment, macro, 'state_table', ('w', 'counts', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_w, l_1_rows):
        t_6 = []
        l_1_t = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        t_6.extend((
            '<details class="chart-data">\n<summary>',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.chart-data'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</summary>\n<table>\n<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.day'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.series.overdue'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.series.done'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.series.open'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.total'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n<tbody>\n',
        ))



        t_6.append(''.join([''.join((
                '<tr><th scope="row">',
                (escape_inner(_v) if type(_v := (l_2_day)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_overdue)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_done)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_open)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_total)) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr>\n',
            )) for (l_2_day, l_2_overdue, l_2_done, l_2_open, l_2_total) in (l_1_rows)]))
        l_2_day = l_2_overdue = l_2_done = l_2_open = l_2_total = missing
        t_6.append(
            '</tbody>\n</table>\n</details>\n',
        )
        return concat(t_6)
    context.exported_vars.add('history_table')
    context.vars['history_table'] = l_0_history_table = Macro(environment, macro, 'history_table', ('w', 'rows'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_w, l_1_kind, l_1_rows, l_1_to_plan, l_1_id, l_1_limit, l_1_days_col):
        t_7 = []
        l_1_t = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_to_plan is missing:
            l_1_to_plan = undefined("parameter 'to_plan' was not provided", name='to_plan')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_limit is missing:
            l_1_limit = None
        if l_1_days_col is missing:
            l_1_days_col = 'col.days-overdue'
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        t_7.extend((
            '<div class="scroll"><table class="list" id="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '" data-rows="',
            (escape_inner(_v) if type(_v := (t_1(l_1_rows))) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<thead><tr>\n<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.unit'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.task'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.title'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</th>\n',
        ))
        if (l_1_kind == 'overdue'):
            pass
            t_7.extend((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.due'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (context.call(environment.getattr(l_1_w, 't'), l_1_days_col))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.occurrences'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.status'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
        elif (l_1_kind == 'due-soon'):
            pass
            t_7.extend((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.due'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.days-left'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>\n',
            ))
        else:
            pass
            t_7.extend((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.last-record'))) is str else _v if type(_v) is Markup else escape(_v)),
                '<th scope="col" class="n">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.days-since'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>',
            ))
        t_7.append(
            '</tr></thead>\n<tbody>\n',
        )
        for l_2_r in (l_1_rows if t_2(l_1_limit) else l_1_rows[:l_1_limit]):
            _loop_vars = {}
            pass
            t_7.extend((
                '<tr class="s-',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'state'))) is str else _v if type(_v) is Markup else escape(_v)),
                '"><td><a href="',
                (escape_inner(_v) if type(_v := (l_1_to_plan)) is str else _v if type(_v) is Markup else escape(_v)),
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'unit_page'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'unit_name'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a><td><a href="',
                (escape_inner(_v) if type(_v := (l_1_to_plan)) is str else _v if type(_v) is Markup else escape(_v)),
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'task_page'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'task'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</a><td>',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'title'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</td>\n',
            ))
            if (l_1_kind == 'overdue'):
                pass
                t_7.extend((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'due'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'days_overdue'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'occurrences_overdue'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'status_label'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>\n',
                ))
            elif (l_1_kind == 'due-soon'):
                pass
                t_7.extend((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'due'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'days_left'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>\n',
                ))
            else:
                pass
                t_7.extend((
                    '<td>',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'last_record'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '<td class="n">',
                    (escape_inner(_v) if type(_v := (environment.getattr(l_2_r, 'days_since'))) is str else _v if type(_v) is Markup else escape(_v)),
                    '</td>',
                ))
            t_7.append(
                '</tr>\n',
            )
        l_2_r = missing
        t_7.append(
            '</tbody>\n</table></div>\n',
        )
        return concat(t_7)
    context.exported_vars.add('obligation_list')
    context.vars['obligation_list'] = l_0_obligation_list = Macro(environment, macro, 'obligation_list', ('w', 'kind', 'rows', 'to_plan', 'id', 'limit', 'days_col'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_w, l_1_rows, l_1_to_plan, l_1_id, l_1_with_indicator):
        t_8 = []
        l_1_t = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_to_plan is missing:
            l_1_to_plan = undefined("parameter 'to_plan' was not provided", name='to_plan')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_with_indicator is missing:
            l_1_with_indicator = True
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        t_8.extend((
            '<div class="scroll"><table class="list" id="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '">\n<thead><tr>\n',
        ))
        if l_1_with_indicator:
            pass
            t_8.extend((
                '<th scope="col">',
                (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.indicator'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</th>',
            ))
        t_8.extend((
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.unit'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.period'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.target'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.value'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.gap'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.met'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col" class="n">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.previous'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</th>\n</tr></thead>\n<tbody>\n',
        ))
        for (l_2_met, l_2_indicator_page, l_2_indicator, l_2_unit_page, l_2_unit, l_2_period, l_2_target, l_2_value, l_2_gap, l_2_met_word, l_2_previous) in l_1_rows:
            _loop_vars = {}
            pass
            t_8.extend((
                '<tr data-met="',
                (escape_inner(_v) if type(_v := (l_2_met)) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
            ))
            if l_1_with_indicator:
                pass
                t_8.extend((
                    '<td><a href="',
                    (escape_inner(_v) if type(_v := (l_1_to_plan)) is str else _v if type(_v) is Markup else escape(_v)),
                    (escape_inner(_v) if type(_v := (l_2_indicator_page)) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (l_2_indicator)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a></td>',
                ))
            t_8.append(
                '<td>',
            )
            if l_2_unit_page:
                pass
                t_8.extend((
                    '<a href="',
                    (escape_inner(_v) if type(_v := (l_1_to_plan)) is str else _v if type(_v) is Markup else escape(_v)),
                    (escape_inner(_v) if type(_v := (l_2_unit_page)) is str else _v if type(_v) is Markup else escape(_v)),
                    '">',
                    (escape_inner(_v) if type(_v := (l_2_unit)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</a>',
                ))
            else:
                pass
                t_8.append(
                    (escape_inner(_v) if type(_v := (l_2_unit)) is str else _v if type(_v) is Markup else escape(_v)),
                )
            t_8.extend((
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_period)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_target)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_value)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_gap)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td>',
                (escape_inner(_v) if type(_v := (l_2_met_word)) is str else _v if type(_v) is Markup else escape(_v)),
                '<td class="n">',
                (escape_inner(_v) if type(_v := (l_2_previous)) is str else _v if type(_v) is Markup else escape(_v)),
                '</tr>\n',
            ))
        l_2_met = l_2_indicator_page = l_2_indicator = l_2_unit_page = l_2_unit = l_2_period = l_2_target = l_2_value = l_2_gap = l_2_met_word = l_2_previous = missing
        t_8.append(
            '</tbody>\n</table></div>\n',
        )
        return concat(t_8)
    context.exported_vars.add('gap_rows')
    context.vars['gap_rows'] = l_0_gap_rows = Macro(environment, macro, 'gap_rows', ('w', 'rows', 'to_plan', 'id', 'with_indicator'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_w, l_1_rows):
        t_9 = []
        l_1_t = missing
        if l_1_w is missing:
            l_1_w = undefined("parameter 'w' was not provided", name='w')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        l_1_t = environment.getattr(l_1_w, 'words')
        t_9.extend((
            '<thead><tr><th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.date'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.unit'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.status'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'col.period'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.note'))) is str else _v if type(_v) is Markup else escape(_v)),
            '<th scope="col">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.col.evidence'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</tr></thead>\n',
        ))
        if (not t_2(l_1_rows)):
            pass
            t_9.append(
                '<tbody>\n',
            )



            t_9.append(''.join([''.join((
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
                )) for (l_2_day, l_2_unit, l_2_status, l_2_period, l_2_note, l_2_evidence) in (l_1_rows)]))
            l_2_day = l_2_unit = l_2_status = l_2_period = l_2_note = l_2_evidence = missing
            t_9.append(
                '</tbody>\n',
            )
        return concat(t_9)
    context.exported_vars.add('record_rows')
    context.vars['record_rows'] = l_0_record_rows = Macro(environment, macro, 'record_rows', ('w', 'rows'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '7=25&8=35&9=38&10=40&11=45&12=49&13=54&16=70&21=77&22=90&25=105&26=115&27=116&28=119&29=121&30=123&32=127&33=129&37=140&38=148&40=151&42=153&44=164&45=169&54=188&55=206&56=209&58=213&59=220&60=233&61=246&64=254&65=259&66=274&67=287&68=300&77=316&78=330&79=333&81=336&82=345&85=360&86=365&94=419&95=427&96=430&97=443&99=448&100=453'