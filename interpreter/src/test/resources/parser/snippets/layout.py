x = 1  # comment
# only comment

   
\
x = 2
y = [1,  # c
     2]
z = 3
def f():
    # c
    return 1
