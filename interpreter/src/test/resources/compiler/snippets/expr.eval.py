x if y else [a for a in z] + f(*b, **c)
