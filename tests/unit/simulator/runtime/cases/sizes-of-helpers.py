import sys
class C:
    pass
def f():
    pass
g = (x for x in [])
for name, obj in [('int type', int), ('func', f), ('lambda', lambda: 0), ('builtin', len), ('listiter', iter([])), ('gen', g), ('keys', {}.keys()), ('items', {}.items()), ('enum', enumerate([])), ('zip', zip()), ('map', map(str, [])), ('range', range(3)), ('rangeiter', iter(range(3))), ('tupleiter', iter(())), ('striter', iter('')), ('bound', [].append), ('module', sys), ('exc', ValueError()), ('prop', property()), ('sm', staticmethod(f)), ('cm', classmethod(f)), ('slice', slice(1)), ('set iter', iter(set())), ('dict iter', iter({})), ('reversed', reversed([]))]:
    try:
        print(name, sys.getsizeof(obj))
    except Exception as e:
        print(name, type(e).__name__)
