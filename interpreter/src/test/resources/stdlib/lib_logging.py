# logging: levels, hierarchy and propagation, handlers, formatters (%, {, $), filters, adapters, exceptions
import io, logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
root = logging.getLogger()
root.debug('debug %d', 1)
root.info('info %s', 'two')
root.warning('warning')
root.error('error %r', {'k': 3})
root.critical('critical')
logging.info('module-level %s', 'call')
log = logging.getLogger('app.db')
print(log.name, log.parent.name, log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()))
log.setLevel(logging.WARNING)
log.info('not shown')
log.warning('shown from %s', log.name)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.ERROR), logging.getLogger('app').level)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('{levelname:<8}|{name}|{message}', style='{'))
h.setLevel(logging.ERROR)
child = logging.getLogger('app.web')
child.addHandler(h)
child.error('to both %s', 'handlers')
child.warning('only root')
child.propagate = False
child.error('only the buffer')
print(repr(buf.getvalue()))

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
f = logging.getLogger('filtered')
f.addFilter(OnlyOdd())
for i in range(4):
    f.warning('n=%d', i)
nf = logging.getLogger('named.sub')
nf.addFilter(logging.Filter('named'))
nf.warning('passes the name filter')

dollar = io.StringIO()
dh = logging.StreamHandler(dollar)
dh.setFormatter(logging.Formatter('$levelno $name $message', style='$'))
d = logging.getLogger('dollar')
d.propagate = False
d.addHandler(dh)
d.warning('hi')
print(repr(dollar.getvalue()))

class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs
Adapter(logging.getLogger('adapted'), {'id': 42}).warning('adapted message')

ex = io.StringIO()
eh = logging.StreamHandler(ex)
class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC %s: %s' % (ei[0].__name__, ei[1])
eh.setFormatter(Short('%(levelname)s %(message)s'))
e = logging.getLogger('exc')
e.propagate = False
e.addHandler(eh)
try:
    1 / 0
except ZeroDivisionError:
    e.exception('failed to divide')
e.error('with info', exc_info=ValueError('bad'))
print(repr(ex.getvalue()))

rec = logging.LogRecord('r', logging.INFO, 'path.py', 10, 'msg %s', ('x',), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.name)
print(logging.getLevelName(25), logging.getLevelName('INFO'), logging.WARN, logging.FATAL)
logging.addLevelName(25, 'NOTICE')
root.log(25, 'custom level')
logging.disable(logging.WARNING)
root.warning('disabled')
root.error('still on')
logging.disable(logging.NOTSET)
print(sorted(k for k in logging.Logger.manager.loggerDict if not k.startswith('asyncio')))
logging.shutdown()
