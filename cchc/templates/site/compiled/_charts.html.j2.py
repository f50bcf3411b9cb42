# compiled by cchc from its template: 511f5497d39142087bc3de39bd79f1b59d8b3ca77414c0e7e07d376901019046
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_charts.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_bar_chart = l_0_line_chart = missing
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    def macro(l_1_c, l_1_id):
        t_2 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_2.extend((
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



        t_2.append(''.join([''.join((
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
        t_2.append(
            '</svg>\n',
        )
        if t_1(environment.getattr(l_1_c, 'legend')):
            pass
            t_2.append(
                '<figcaption><ul class="legend">\n',
            )



            t_2.append(''.join([''.join((
                    '<li class="l-',
                    (escape_inner(_v) if type(_v := (l_2_key)) is str else _v if type(_v) is Markup else escape(_v)),
                    '"><svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5"/></svg> ',
                    (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</li>\n',
                )) for (l_2_key, l_2_label) in (environment.getattr(l_1_c, 'legend'))]))
            l_2_key = l_2_label = missing
            t_2.append(
                '</ul></figcaption>\n',
            )
        t_2.append(
            '</figure>\n',
        )
        return concat(t_2)
    context.exported_vars.add('bar_chart')
    context.vars['bar_chart'] = l_0_bar_chart = Macro(environment, macro, 'bar_chart', ('c', 'id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c, l_1_id):
        t_3 = []
        l_1_left = l_1_right = l_1_bottom = missing
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_3.extend((
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
            '</title>\n<g class="axis">\n',
        ))
        (l_1_left, l_1_right, l_1_bottom) = (environment.getattr(l_1_c, 'left'), environment.getattr(l_1_c, 'right'), environment.getattr(l_1_c, 'bottom'))



        t_3.append(''.join([''.join((
                '<line x1="',
                (escape_inner(_v) if type(_v := ((undefined(name='left') if l_1_left is missing else l_1_left))) is str else _v if type(_v) is Markup else escape(_v)),
                '" x2="',
                (escape_inner(_v) if type(_v := ((undefined(name='right') if l_1_right is missing else l_1_right))) is str else _v if type(_v) is Markup else escape(_v)),
                '" y1="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" y2="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" class="grid"/>\n<text x="',
                (escape_inner(_v) if type(_v := ((undefined(name='left') if l_1_left is missing else l_1_left))) is str else _v if type(_v) is Markup else escape(_v)),
                '" dx="-6" y="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" dy="4" text-anchor="end">',
                (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n',
            )) for (l_2_at, l_2_label) in (environment.getattr(l_1_c, 'y_ticks'))]))
        l_2_at = l_2_label = missing



        t_3.append(''.join([''.join((
                '<text x="',
                (escape_inner(_v) if type(_v := (l_2_at)) is str else _v if type(_v) is Markup else escape(_v)),
                '" y="',
                (escape_inner(_v) if type(_v := ((undefined(name='bottom') if l_1_bottom is missing else l_1_bottom))) is str else _v if type(_v) is Markup else escape(_v)),
                '" dy="16" text-anchor="middle">',
                (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                '</text>\n',
            )) for (l_2_at, l_2_label) in (environment.getattr(l_1_c, 'x_ticks'))]))
        l_2_at = l_2_label = missing
        t_3.append(
            '</g>\n',
        )
        if environment.getattr(l_1_c, 'target'):
            pass
            t_3.extend((
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
        for l_2_line in environment.getattr(l_1_c, 'lines'):
            _loop_vars = {}
            pass
            t_3.extend((
                '<g class="l-',
                (escape_inner(_v) if type(_v := (environment.getattr(l_2_line, 'key'))) is str else _v if type(_v) is Markup else escape(_v)),
                '">\n',
            ))



            t_3.append(''.join([''.join((
                    '<polyline points="',
                    (escape_inner(_v) if type(_v := (l_3_seg)) is str else _v if type(_v) is Markup else escape(_v)),
                    '"/>\n',
                )) for l_3_seg in (environment.getattr(l_2_line, 'segments'))]))
            l_3_seg = missing



            t_3.append(''.join([''.join((
                    '<circle cx="',
                    (escape_inner(_v) if type(_v := (l_3_x)) is str else _v if type(_v) is Markup else escape(_v)),
                    '" cy="',
                    (escape_inner(_v) if type(_v := (l_3_y)) is str else _v if type(_v) is Markup else escape(_v)),
                    '" r="3"/>\n',
                )) for (l_3_x, l_3_y, l_3__) in (environment.getattr(l_2_line, 'markers'))]))
            l_3_x = l_3_y = l_3__ = missing
            t_3.append(
                '</g>\n',
            )
        l_2_line = missing
        t_3.append(
            '</svg>\n',
        )
        if t_1(environment.getattr(l_1_c, 'legend')):
            pass
            t_3.append(
                '<figcaption><ul class="legend">\n',
            )



            t_3.append(''.join([''.join((
                    '<li class="l-',
                    (escape_inner(_v) if type(_v := (l_2_key)) is str else _v if type(_v) is Markup else escape(_v)),
                    '"><svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5"/></svg> ',
                    (escape_inner(_v) if type(_v := (l_2_label)) is str else _v if type(_v) is Markup else escape(_v)),
                    '</li>\n',
                )) for (l_2_key, l_2_label) in (environment.getattr(l_1_c, 'legend'))]))
            l_2_key = l_2_label = missing
            t_3.append(
                '</ul></figcaption>\n',
            )
        t_3.append(
            '</figure>\n',
        )
        return concat(t_3)
    context.exported_vars.add('line_chart')
    context.vars['line_chart'] = l_0_line_chart = Macro(environment, macro, 'line_chart', ('c', 'id'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=19&4=28&5=38&6=43&7=48&8=50&9=56&10=68&14=79&16=84&22=105&24=115&25=125&27=130&28=131&29=136&30=144&32=152&33=157&36=168&37=172&39=183&40=188&41=191&42=196&44=200&45=205&50=218&52=223'