s = "\u00e9t\u00e9"
t = "\ud800"
u = "\udfff tail"
v = "emoji \U0001f600\U0001f601"
w = "mixed \u0394 and ascii"
x = "\x7f\x80\x9f\xa0\xad"
y = "'single' and \"double\""
z = 'only "double"'
def f():
    return "\u2028\u2029", "\t\r\n\x0b\x0c"
