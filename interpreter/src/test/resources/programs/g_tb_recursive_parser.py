def parse(tokens, pos=0):
    if tokens[pos] == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = parse(tokens, pos)
            items.append(item)
        return items, pos + 1
    return int(tokens[pos]), pos + 1


print(parse("( 1 ( 2 3 ) 4 )".split())[0])
print(parse("( 1 ( 2 3 ".split())[0])
