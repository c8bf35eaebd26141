# locale over _locale: setlocale state and composite names, localeconv, nl_langinfo, collation, errors
import locale, _locale
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE, 'POSIX'), locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(locale.LC_CTYPE, 'C.utf8'), locale.setlocale(locale.LC_ALL, 'C'))
print(sorted(locale.localeconv().items()))
print(locale.format_string('%.2f|%d', (1234.5, 1234567), grouping=True), locale.str(3.5), locale.atof('2.5'), locale.atoi('42'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('ab', 'ab'), locale.strcoll('ab', 'a'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm), sorted(['b', 'A', 'a'], key=locale.strxfrm) == sorted(['b', 'A', 'a']))
for name in ('D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'DAY_1', 'ABMON_12', 'RADIXCHAR', 'THOUSEP', 'YESEXPR',
             'NOEXPR', 'CRNCYSTR', 'ERA', 'AM_STR'):
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX, locale.Error, locale.Error.__mro__)
for bad in ((99, 'C'), (locale.LC_ALL, 'xx_YY.UTF-8'), (locale.LC_CTYPE, 'no/such')):
    try:
        locale.setlocale(*bad)
    except locale.Error as e:
        print('Error', e)
try:
    locale.nl_langinfo(99)
except ValueError as e:
    print('ValueError', e)
try:
    locale.setlocale('x')
except TypeError as e:
    print('TypeError', e)
print(_locale.textdomain(None), _locale.gettext('hi'), _locale.dgettext('d', 'msg'), _locale.dcgettext(None, 'm', 5))
print(_locale.bindtextdomain('x', None), _locale.bind_textdomain_codeset('x', None))
print(locale.normalize('de_DE'), locale.normalize('C.UTF-8'), locale.getlocale(locale.LC_TIME))
