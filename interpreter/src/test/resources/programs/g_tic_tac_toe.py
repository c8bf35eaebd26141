LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None


memo = {}


def minimax(b, player):
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = ({"X": 1, "O": -1, "draw": 0}[w], None)
    else:
        best = None
        for i in range(9):
            if b[i] == " ":
                b[i] = player
                score, _ = minimax(b, "O" if player == "X" else "X")
                b[i] = " "
                if best is None or (score > best[0] if player == "X" else score < best[0]):
                    best = (score, i)
        res = best
    memo[key] = res
    return res


def show(b):
    return "\n-+-+-\n".join("|".join(b[r * 3:r * 3 + 3]) for r in range(3))


board = [" "] * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player)
    board[move] = player
    moves.append(move)
    player = "O" if player == "X" else "X"
print(show(board))
print("moves:", moves, "result:", winner(board), "positions:", len(memo))
b2 = list("XX OO    ")
print(minimax(b2, "X"), minimax(b2, "O"), winner(list("XOXOXOOXO")), winner(list("XXXOO    ")))
