# compiled by cchc from its template: ecf22d902e1dcc85f432118caa6e220d5c2075717792d28be34a8bde5fe2a1fd
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_charts.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_bar_chart = l_0_line_axis = l_0_line_marks = l_0_legend = l_0_line_chart = missing
    pass
    def macro(l_1_c, l_1_id):
        t_1 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_1.extend((
            '<figure class="chart">\n<svg viewBox="0 0 ',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'width'))) is str else _v if type(_v) is Markup else escape(_v)),
            ' ',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'height'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" width="',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'width'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" height="',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'height'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" role="img" aria-labelledby="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '-t">\n<title id="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '-t">',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'title'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</title>\n',
        ))



        t_1.append(''.join([''.join((
                '<g class="s-',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'key'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n<text class="label" x="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'label_x'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'label_y'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" text-anchor="end">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'label'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n<rect x="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'x'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'y'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" width="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'width'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" height="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'height'))) is str else _v if type(_v) is Markup else escape(_v)),
                '"><title>',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'label'))) is str else _v if type(_v) is Markup else escape(_v)),
                ': ',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'value'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</title></rect>\n<text class="value" x="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'value_x'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'label_y'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_b, 'value'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n</g>\n',
            )) for l_2_b in (environment.getattr(l_1_c, 'bars'))]))
        l_2_b = missing
        t_1.append(
            '</svg>\n</figure>\n',
        )
        return concat(t_1)
    context.exported_vars.add('bar_chart')
    context.vars['bar_chart'] = l_0_bar_chart = Macro(environment, macro, 'bar_chart', ('c', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_left, l_1_right, l_1_bottom, l_1_y_ticks, l_1_x_ticks):
        t_2 = []
        if l_1_left is missing:
            l_1_left = undefined("parameter 'left' was not provided", name='left')
        if l_1_right is missing:
            l_1_right = undefined("parameter 'right' was not provided", name='right')
        if l_1_bottom is missing:
            l_1_bottom = undefined("parameter 'bottom' was not provided", name='bottom')
        if l_1_y_ticks is missing:
            l_1_y_ticks = undefined("parameter 'y_ticks' was not provided", name='y_ticks')
        if l_1_x_ticks is missing:
            l_1_x_ticks = undefined("parameter 'x_ticks' was not provided", name='x_ticks')
        pass
        t_2.append(
            '<g class="axis">\n',
        )



        t_2.append(''.join([''.join((
                '<line x1="',
                (escape_inner(_v) if type(_v := (l_1_left)) is str else _v if type(_v) is Markup else escape(_v)),
                '" x2="',
                (escape_inner(_v) if type(_v := (l_1_right)) is str else _v if type(_v) is Markup else escape(_v)),
                '" y1="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" y2="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" class="grid"/>\n<text x="',
                (escape_inner(_v) if type(_v := (l_1_left)) is str else _v if type(_v) is Markup else escape(_v)),
                '" dx="-6" y="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" dy="4" text-anchor="end">',
                (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n',
            )) for (l_2_at, l_2_label) in (l_1_y_ticks)]))
        l_2_at = l_2_label = missing



        t_2.append(''.join([''.join((
                '<text x="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" y="',
                (escape_inner(_v) if type(_v := (l_1_bottom)) is str else _v if type(_v) is Markup else escape(_v)),
                '" dy="16" text-anchor="middle">',
                (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n',
            )) for (l_2_at, l_2_label) in (l_1_x_ticks)]))
        l_2_at = l_2_label = missing
        t_2.append(
            '</g>\n',
        )
        return concat(t_2)
    context.exported_vars.add('line_axis')
    context.vars['line_axis'] = l_0_line_axis = Macro(environment, macro, 'line_axis', ('left', 'right', 'bottom', 'y_ticks', 'x_ticks'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_marks):
        t_3 = []
        if l_1_marks is missing:
            l_1_marks = undefined("parameter 'marks' was not provided", name='marks')
        pass
        for (l_2_key, l_2_segments, l_2_markers) in l_1_marks:
            _loop_vars = {}
            pass
            t_3.extend((
                '<g class="l-',
                (escape_inner(_v) if type(_v := (l_2_key)) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n',
            ))



            t_3.append(''.join([''.join((
                    '<polyline points="',
                    (escape_inner(_v) if type(_v := (l_3_seg)) is str else _v if type(_v) is Markup else escape(_v)),
                    '"/>\n',
                )) for l_3_seg in (l_2_segments)]))
            l_3_seg = missing



            t_3.append(''.join([''.join((
                    '<circle cx="',
                    (escape_inner(_v) if type(_v := (l_3_x)) is str else _v if type(_v) is Markup else escape(_v)),
                    '" cy="',
                    (escape_inner(_v) if type(_v := (l_3_y)) is str else _v if type(_v) is Markup else escape(_v)),
                    '" r="3"/>\n',
                )) for (l_3_x, l_3_y, l_3__) in (l_2_markers)]))
            l_3_x = l_3_y = l_3__ = missing
            t_3.append(
                '</g>\n',
            )
        l_2_key = l_2_segments = l_2_markers = missing
        return concat(t_3)
    context.exported_vars.add('line_marks')
    context.vars['line_marks'] = l_0_line_marks = Macro(environment, macro, 'line_marks', ('marks',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows):
        t_4 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_4.append(
            '<figcaption><ul class="legend">\n',
        )



        t_4.append(''.join([''.join((
                '<li class="l-',
                (escape_inner(_v) if type(_v := (l_2_key)) is str else _v if type(_v) is Markup else escape(_v)),
                '"><svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5"/></svg> ',
                (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                '</li>\n',
            )) for (l_2_key, l_2_label) in (l_1_rows)]))
        l_2_key = l_2_label = missing
        t_4.append(
            '</ul></figcaption>\n',
        )
        return concat(t_4)
    context.exported_vars.add('legend')
    context.vars['legend'] = l_0_legend = Macro(environment, macro, 'legend', ('rows',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c, l_1_id):
        t_5 = []
        l_1_once = resolve('once')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_5.extend((
            '<figure class="chart">\n<svg viewBox="0 0 ',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'width'))) is str else _v if type(_v) is Markup else escape(_v)),
            ' ',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'height'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" width="',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'width'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" height="',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'height'))) is str else _v if type(_v) is Markup else escape(_v)),
            '" role="img" aria-labelledby="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '-t">\n<title id="',
            (escape_inner(_v) if type(_v := (l_1_id)) is str else _v if type(_v) is Markup else escape(_v)),
            '-t">',
            (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'title'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</title>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='once') if l_1_once is missing else l_1_once), (undefined(name='line_axis') if l_0_line_axis is missing else l_0_line_axis), environment.getattr(l_1_c, 'left'), environment.getattr(l_1_c, 'right'), environment.getattr(l_1_c, 'bottom'), environment.getattr(l_1_c, 'y_ticks'), environment.getattr(l_1_c, 'x_ticks')))) is str else _v if type(_v) is Markup else escape(_v)),
        ))
        if environment.getattr(l_1_c, 'target'):
            pass
            t_5.extend((
                '<line class="target" x1="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'left'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" x2="',
                (escape_inner(_v) if type(_v := (environment.getattr(l_1_c, 'right'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y1="',
                (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr(l_1_c, 'target'), 'at'))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y2="',
                (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr(l_1_c, 'target'), 'at'))) is str else _v if type(_v) is Markup else escape(_v)),
                '"><title>',
                (escape_inner(_v) if type(_v := (environment.getattr(environment.getattr(l_1_c, 'target'), 'label'))) is str else _v if type(_v) is Markup else escape(_v)),
                '</title></line>\n',
            ))
        t_5.extend((
            (escape_inner(_v) if type(_v := (context.call((undefined(name='once') if l_1_once is missing else l_1_once), (undefined(name='line_marks') if l_0_line_marks is missing else l_0_line_marks), environment.getattr(l_1_c, 'marks')))) is str else _v if type(_v) is Markup else escape(_v)),
            '</svg>\n',
            (escape_inner(_v) if type(_v := (context.call((undefined(name='once') if l_1_once is missing else l_1_once), (undefined(name='legend') if l_0_legend is missing else l_0_legend), environment.getattr(l_1_c, 'legend')))) is str else _v if type(_v) is Markup else escape(_v)),
            '</figure>\n',
        ))
        return concat(t_5)
    context.exported_vars.add('line_chart')
    context.vars['line_chart'] = l_0_line_chart = Macro(environment, macro, 'line_chart', ('c', 'id'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=13&4=22&5=32&6=37&7=42&8=44&9=50&10=62&20=77&22=93&23=98&24=106&26=114&27=119&32=134&33=139&34=144&35=147&36=152&38=156&39=161&45=175&47=183&51=201&53=211&54=221&55=225&56=231&58=243&59=245'