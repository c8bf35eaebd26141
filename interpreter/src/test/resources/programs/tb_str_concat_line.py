name = "world"
count = 3
message = "hello " + name + " you have " + count + " messages"
