data = {"users": [{"name": "ann", "age": 31}, {"name": "bob"}]}
print(sum(u.get("age", 0) for u in data["users"]))
ages = [u["age"] for u in data["users"] if "age" in u]
print(ages)
x = 3
y = "4"
print(data["users"][0]["name"].upper() + " is " + str(data["users"][0]["age"]))
result = x * 2 + data["users"][1]["age"] / 2
