# async with errors: missing __aenter__/__aexit__, non-awaitable results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "x"


async def use(cm):
    async with cm:
        return "body ran"


for cm in (OnlyEnter(), SyncOnly(), object(), EnterNotAwaitable(), ExitNotAwaitable()):
    try:
        print(run(use(cm)))
    except TypeError as e:
        print("TypeError:", e)


async def sync_with_async_cm():
    with OnlyEnter():
        pass


try:
    run(sync_with_async_cm())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
run(use(ExitNotAwaitable()))
