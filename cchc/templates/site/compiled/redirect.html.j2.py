# compiled by cchc from its template: 2d2b2097852dbcb543ac25d55ffb5ffa7cf3aba0bfd2c0d6e0381240b41f7e8a
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'redirect.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_target = resolve('target')
    l_0_data = resolve('data')
    pass
    yield ''.join((
        '<!DOCTYPE html>\n<html lang="',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.html-lang'))) is str else _v if type(_v) is Markup else escape(_v)),
        '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="assets/icon.svg" type="image/svg+xml">\n<meta http-equiv="refresh" content="0; url=',
        (escape_inner(_v) if type(_v := ((undefined(name='target') if l_0_target is missing else l_0_target))) is str else _v if type(_v) is Markup else escape(_v)),
        '">\n<title>',
        (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'locality'))) is str else _v if type(_v) is Markup else escape(_v)),
        ' · cchc</title>\n</head>\n<body>\n<p><a href="',
        (escape_inner(_v) if type(_v := ((undefined(name='target') if l_0_target is missing else l_0_target))) is str else _v if type(_v) is Markup else escape(_v)),
        '">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.redirect'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</a></p>\n</body>\n</html>\n',
    ))

blocks = {}
debug_info = '2=17&7=19&8=21&11=23'