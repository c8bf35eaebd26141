"""Prints the errno table of python3.11's errno module (Linux), in module-dict order, for
interpreter/src/main/java/dev/quicken/modules/ErrnoModule.java (paste into TABLE)."""
import errno

names = [n for n in errno.__dict__ if n.startswith('E')]
line = ''
for n in names:
    item = f'{n}={getattr(errno, n)} '
    if len(line) + len(item) > 90:
        print(f'            + "{line}"')
        line = ''
    line += item
print(f'            + "{line.rstrip()}";')
