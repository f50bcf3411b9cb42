# compiled by cchc from its template: 5b611827d520069b3e4fd8690aafabb5fc10d6041e2fcded37d611c955f79cd7
escape_inner = environment.escape_inner
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_root = resolve('root')
    l_0_w = resolve('w')
    l_0_data = resolve('data')
    l_0_as_of_text = resolve('as_of_text')
    l_0_other_langs = resolve('other_langs')
    l_0_generated_text = resolve('generated_text')
    l_0_footer_text = resolve('footer_text')
    pass
    yield ''.join((
        '<!DOCTYPE html>\n<html lang="',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.html-lang'))) is str else _v if type(_v) is Markup else escape(_v)),
        '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>',
    ))
    yield from context.blocks['title'][0](context)
    yield ''.join((
        ' · cchc</title>\n<link rel="icon" href="',
        (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
        'assets/icon.svg" type="image/svg+xml">\n<link rel="stylesheet" href="',
        (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
        'assets/style.css">\n<script src="',
        (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
        'assets/site.js" defer></script>\n</head>\n<body>\n<a class="skip" href="#main">',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.skip'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</a>\n<header class="top">\n<div class="brand">\n<a href="',
        (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
        (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'lang'))) is str else _v if type(_v) is Markup else escape(_v)),
        '/index.html">',
        (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'locality'))) is str else _v if type(_v) is Markup else escape(_v)),
        '</a>\n<span class="asof">',
        (escape_inner(_v) if type(_v := ((undefined(name='as_of_text') if l_0_as_of_text is missing else l_0_as_of_text))) is str else _v if type(_v) is Markup else escape(_v)),
        '</span>\n</div>\n<nav class="lang" aria-label="',
        (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.lang-switch'))) is str else _v if type(_v) is Markup else escape(_v)),
        '">\n',
    ))
    for (l_1_other, l_1_name) in (undefined(name='other_langs') if l_0_other_langs is missing else l_0_other_langs):
        l_1_page_path = resolve('page_path')
        _loop_vars = {}
        pass
        yield ''.join((
            '<a href="',
            (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
            (escape_inner(_v) if type(_v := (l_1_other)) is str else _v if type(_v) is Markup else escape(_v)),
            '/',
            (escape_inner(_v) if type(_v := ((undefined(name='page_path') if l_1_page_path is missing else l_1_page_path))) is str else _v if type(_v) is Markup else escape(_v)),
            '" hreflang="',
            (escape_inner(_v) if type(_v := (l_1_other)) is str else _v if type(_v) is Markup else escape(_v)),
            '" lang="',
            (escape_inner(_v) if type(_v := (l_1_other)) is str else _v if type(_v) is Markup else escape(_v)),
            '" id="lang-switch">',
            (escape_inner(_v) if type(_v := (l_1_name)) is str else _v if type(_v) is Markup else escape(_v)),
            '</a>\n',
        ))
    l_1_other = l_1_name = l_1_page_path = missing
    yield '</nav>\n'
    yield from context.blocks['nav'][0](context)
    yield '</header>\n<main id="main">\n'
    if environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'status'), 'incomplete'):
        pass
        yield ''.join((
            '<p class="warning">',
            (escape_inner(_v) if type(_v := (environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.incomplete'))) is str else _v if type(_v) is Markup else escape(_v)),
            '</p>\n',
        ))
    yield from context.blocks['main'][0](context)
    yield ''.join((
        '</main>\n<footer>\n<p>',
        (escape_inner(_v) if type(_v := ((undefined(name='generated_text') if l_0_generated_text is missing else l_0_generated_text))) is str else _v if type(_v) is Markup else escape(_v)),
        ' <a href="',
        (escape_inner(_v) if type(_v := ((undefined(name='root') if l_0_root is missing else l_0_root))) is str else _v if type(_v) is Markup else escape(_v)),
        'status.json">status.json</a></p>\n<p>',
        (escape_inner(_v) if type(_v := ((undefined(name='footer_text') if l_0_footer_text is missing else l_0_footer_text))) is str else _v if type(_v) is Markup else escape(_v)),
        '</p>\n</footer>\n</body>\n</html>\n',
    ))

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_data = resolve('data')
    pass
    yield (escape_inner(_v) if type(_v := (environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'locality'))) is str else _v if type(_v) is Markup else escape(_v))

def block_nav(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'nav': block_nav, 'main': block_main}
debug_info = '2=22&6=25&7=28&8=30&9=32&12=34&15=36&16=41&18=43&19=46&20=52&23=66&26=68&27=72&29=75&32=78&33=82&6=86&23=97&29=106'