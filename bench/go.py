"""Go: random playouts on a 9x9 board with captures, suicide and simple-ko rules."""
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.neighbours = []
        for pos in range(SIZE * SIZE):
            r, c = divmod(pos, SIZE)
            ns = []
            if r > 0:
                ns.append(pos - SIZE)
            if r < SIZE - 1:
                ns.append(pos + SIZE)
            if c > 0:
                ns.append(pos - 1)
            if c < SIZE - 1:
                ns.append(pos + 1)
            self.neighbours.append(tuple(ns))
        self.ko = -1

    def group(self, pos):
        colour = self.cells[pos]
        stones = {pos}
        liberties = set()
        todo = [pos]
        while todo:
            p = todo.pop()
            for n in self.neighbours[p]:
                v = self.cells[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def play(self, pos, colour):
        """Places a stone; returns False (and changes nothing) for an illegal move."""
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        self.cells[pos] = colour
        enemy = BLACK + WHITE - colour
        captured = []
        for n in self.neighbours[pos]:
            if self.cells[n] == enemy:
                stones, libs = self.group(n)
                if not libs:
                    captured.extend(stones)
        for p in set(captured):
            self.cells[p] = EMPTY
        if not captured:
            _, libs = self.group(pos)
            if not libs:
                self.cells[pos] = EMPTY
                return False
        self.ko = captured[0] if len(captured) == 1 else -1
        return True

    def is_eye(self, pos, colour):
        return all(self.cells[n] == colour for n in self.neighbours[pos])

    def score(self):
        black = white = 0
        for pos, v in enumerate(self.cells):
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            else:
                owners = {self.cells[n] for n in self.neighbours[pos]} - {EMPTY}
                if owners == {BLACK}:
                    black += 1
                elif owners == {WHITE}:
                    white += 1
        return black, white


def playout(rng):
    board = Board()
    colour = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < 400:
        empties = [p for p in range(SIZE * SIZE)
                   if board.cells[p] == EMPTY and not board.is_eye(p, colour)]
        played = False
        while empties:
            i = rng.below(len(empties))
            pos = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if board.play(pos, colour):
                played = True
                break
        passes = 0 if played else passes + 1
        moves += 1
        colour = BLACK + WHITE - colour
    return board.score()


def main(games):
    rng = Rng(12345)
    black_wins = 0
    checksum = 0
    for _ in range(games):
        b, w = playout(rng)
        if b > w:
            black_wins += 1
        checksum = (checksum * 131 + b * 100 + w) % 1000000007
    print(black_wins, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
