def load():
    try:
        {}["config"]
    except KeyError as e:
        raise LookupError("no config") from e
load()
