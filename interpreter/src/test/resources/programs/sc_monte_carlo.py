import random
import statistics

rng = random.Random(20240601)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print("pi ~", 4 * inside / 20000)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8])
hands = [rng.sample(deck, 5) for _ in range(3)]
print(hands)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls))
heights = [rng.gauss(170, 8) for _ in range(500)]
print(round(statistics.fmean(heights), 6), round(statistics.stdev(heights), 6))
print([rng.choice("ABC") for _ in range(10)], rng.choices(range(4), weights=[1, 1, 1, 7], k=8))
print(rng.randrange(0, 100, 5), rng.uniform(-1, 1), rng.getrandbits(48), rng.expovariate(1.5))
random.seed(7)
print(random.random(), random.randint(10, 99))
