#!/usr/bin/env python3
"""Reference values for FsrsTest, computed from the published FSRS-6 formulas.

An independent transcription of the formulas on the FSRS wiki page "The Algorithm"
(https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm, FSRS-6 section) with the
default parameters of py-fsrs 6.3.1 (fsrs/scheduler.py, DEFAULT_PARAMETERS). Intervals are whole
days, at least one, for a desired retention of 0.9; no fuzz and no (re)learning steps, which is how
Career Mentor schedules reviews. Run: python3 src/test/python/fsrs_reference.py
"""
import math

W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
     1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
DECAY = -W[20]
FACTOR = 0.9 ** (1 / DECAY) - 1
RETENTION = 0.9


def clamp_d(d):
    return min(max(d, 1.0), 10.0)


def clamp_s(s):
    return max(s, 0.001)


def r_of(t, s):  # forgetting curve: R(t, S) = (1 + FACTOR * t / S) ^ DECAY
    return (1 + FACTOR * t / s) ** DECAY


def d0(g):  # initial difficulty: D0(G) = w4 - e^(w5 * (G - 1)) + 1
    return W[4] - math.exp(W[5] * (g - 1)) + 1


def next_d(d, g):  # linear damping, then mean reversion towards D0(4)
    delta = -W[6] * (g - 3)
    damped = d + delta * (10 - d) / 9
    return clamp_d(W[7] * d0(4) + (1 - W[7]) * damped)


def s_recall(d, s, r, g):
    hard = W[15] if g == 2 else 1
    easy = W[16] if g == 4 else 1
    return s * (1 + math.exp(W[8]) * (11 - d) * s ** -W[9] * (math.exp(W[10] * (1 - r)) - 1) * hard * easy)


def s_forget(d, s, r):
    long_term = W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * math.exp(W[14] * (1 - r))
    return min(long_term, s / math.exp(W[17] * W[18]))


def s_short_term(s, g):  # a review on the same day
    sinc = math.exp(W[17] * (g - 3 + W[18])) * s ** -W[19]
    if g >= 3:
        sinc = max(sinc, 1.0)
    return s * sinc


def interval(s):
    return max(1, round(s / FACTOR * (RETENTION ** (1 / DECAY) - 1)))


def replay(reviews):
    """reviews: (whole days since the previous review, rating 1..4); prints S, D, interval after each."""
    s = d = None
    for days, g in reviews:
        if s is None:
            s, d = clamp_s(W[g - 1]), clamp_d(d0(g))
        elif days < 1:
            s, d = clamp_s(s_short_term(s, g)), next_d(d, g)
        else:
            r = r_of(days, s)
            s = clamp_s(s_forget(d, s, r) if g == 1 else s_recall(d, s, r, g))
            d = next_d(d, g)
        print(f"after +{days}d rating {g}: S={s:.6f} D={d:.6f} interval={interval(s)}")
    return s, d


if __name__ == "__main__":
    print("py-fsrs test_memo_state (Again, Good x5 at +0, +0, +1, +3, +8, +21 days):")
    replay([(0, 1), (0, 3), (1, 3), (3, 3), (8, 3), (21, 3)])
    print("\nFsrsTest sequence (each review when due, a lapse, then Hard, Good, Easy):")
    replay([(0, 3), (2, 3), (11, 3), (40, 1), (1, 2), (3, 3), (5, 4)])
