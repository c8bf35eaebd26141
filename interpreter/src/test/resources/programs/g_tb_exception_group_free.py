class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def flaky(n, fail_until):
    if n < fail_until:
        raise ConnectionError(f"attempt {n} failed")
    return f"ok on attempt {n}"


def retry(fn, tries, *args):
    last = None
    for n in range(tries):
        try:
            return fn(n, *args)
        except ConnectionError as e:
            print("  retrying:", e)
            last = e
    raise RetryError(tries, last) from last


print(retry(flaky, 5, 2))
print(retry(flaky, 3, 10))
