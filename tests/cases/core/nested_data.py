# Nested containers: building, reading and printing records held in lists of
# dicts of lists, grouping, and deep equality.
people = [
    {"name": "Ann", "age": 31, "langs": ["python", "rust"]},
    {"name": "Bob", "age": 25, "langs": ["go"]},
    {"name": "Cy", "age": 40, "langs": []},
    {"name": "Di", "age": 25, "langs": ["python", "c", "rust"]},
]
print(people[0])
print([p["name"] for p in people if "python" in p["langs"]])
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(by_age)
lang_users = {}
for p in people:
    for lang in p["langs"]:
        if lang not in lang_users:
            lang_users[lang] = []
        lang_users[lang].append(p["name"])
print(sorted(lang_users.items()))
oldest = people[0]
for p in people:
    if p["age"] > oldest["age"]:
        oldest = p
print("oldest:", oldest["name"])
people[1]["langs"].append("python")
print(people[1], len(people[1]["langs"]))
tree = [1, [2, [3, [4, []]]]]
node = tree
values = []
while node:
    values.append(node[0])
    node = node[1]
print(values)
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False, "tags": ("a", "b")}
print(config["server"]["ports"][-1], config)
copy = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False, "tags": ("a", "b")}
print(copy == config, copy is config)
copy["server"]["ports"].append(8080)
print(copy == config)
matrix = [[(r, c) for c in range(3)] for r in range(2)]
print(matrix)
print([[cell[0] * 3 + cell[1] for cell in row] for row in matrix])
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"leek": 2}}
total = 0
for category, stock in inventory.items():
    for item, count in stock.items():
        total += count
        print(category, item, count)
print("total", total)
